package io.tideline.kustomize.kustomization;

import io.tideline.sops.SopsDecryptor;
import io.tideline.sops.SopsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Decrypts one generator or patch file in place, inside the reconcile's extracted copy of the
 * source, as Flux does: only a regular file of at most 5 MiB, only when it carries the sops marker
 * of its format (other files are left as they are), written back in the same format through a new
 * file (so no hard link or symlink target outside the copy is ever written). Failures name the file
 * relative to the source root.
 */
final class SourceFileDecryptor {

  /** Flux's {@code maxEncryptedFileSize}. */
  static final long MAX_FILE_BYTES = 5L << 20;

  private final SopsDecryptor decryptor;

  SourceFileDecryptor(SopsDecryptor decryptor) {
    this.decryptor = decryptor;
  }

  /** Decrypts the file if it is SOPS-encrypted; returns whether it was. */
  boolean decrypt(SourceFile file) throws SourceFileException {
    Path path = file.path();
    try {
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new SourceFileException("cannot decrypt '" + file.shown() + "': not a regular file");
      }
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        throw new SourceFileException(
            "cannot decrypt '"
                + file.shown()
                + "': size ("
                + size
                + " bytes) exceeds the limit ("
                + MAX_FILE_BYTES
                + ")");
      }
      byte[] content = Files.readAllBytes(path);
      if (!SopsDecryptor.isEncrypted(content, file.format())) {
        return false;
      }
      byte[] plain = decryptor.decrypt(content, file.format(), file.format());
      replace(path, plain);
      return true;
    } catch (SopsException e) {
      throw new SourceFileException(
          "failed to decrypt '" + file.shown() + "' (" + describe(file) + "): " + e.getMessage());
    } catch (IOException e) {
      throw new SourceFileException(
          "cannot decrypt '" + file.shown() + "': " + e.getClass().getSimpleName());
    }
  }

  private static String describe(SourceFile file) {
    return file.format().name().toLowerCase(java.util.Locale.ROOT)
        + ", from '"
        + file.referencedBy()
        + "'";
  }

  private static void replace(Path path, byte[] content) throws IOException {
    Path temp = Files.createTempFile(path.getParent(), ".decrypted-", ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      Files.write(temp, content);
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
