package io.tideline.artifact;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;

/**
 * Writes a file so readers see either the old content or the complete new one: the bytes go to a
 * temporary file in the same folder, are flushed to disk, and the file is renamed over the target;
 * the folder is synced afterwards. The digest and size are computed while writing.
 */
final class AtomicFileWriter {

  static final String TEMP_PREFIX = ".tmp-";

  /** The body that produces the file content. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Digest and size of what was written. */
  record Written(Digest digest, long size) {}

  private AtomicFileWriter() {}

  static Written write(Path target, String digestAlgorithm, Body body) throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".part");
    try {
      MessageDigest md = Digest.newMessageDigest(digestAlgorithm);
      long size;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        HashingCounter counter = new HashingCounter(Channels.newOutputStream(channel), md);
        OutputStream buffered = new BufferedOutputStream(counter, 64 * 1024);
        body.writeTo(buffered);
        buffered.flush();
        size = counter.count;
        channel.force(true);
      }
      setReadableByOwner(temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(dir);
      return new Written(Digest.fromBytes(digestAlgorithm, md.digest()), size);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every file system can sync a directory; the rename itself already happened.
    }
  }

  private static void setReadableByOwner(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // Non-POSIX file system: keep its default permissions.
    }
  }

  private static final class HashingCounter extends FilterOutputStream {
    private final MessageDigest md;
    long count;

    HashingCounter(OutputStream out, MessageDigest md) {
      super(out);
      this.md = md;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      md.update((byte) b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      md.update(b, off, len);
      count += len;
    }
  }
}
