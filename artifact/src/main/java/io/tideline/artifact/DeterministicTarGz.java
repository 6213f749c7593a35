package io.tideline.artifact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a folder as a tar.gz whose bytes depend only on the paths, contents and executable bits of
 * its regular files and directories, so the same tree always has the same digest.
 *
 * <p>Normalisation, matching Flux's artifact archives: entries in lexical order of names within
 * each directory (a directory entry precedes its children; the root itself is not an entry),
 * modification/access/change times 0, uid/gid 0, empty user and group names, mode 0600 for files,
 * 0700 for files with any executable bit, 0750 for directories. Only regular files and directories
 * are archived; symbolic links, devices, fifos and sockets are skipped (Flux does the same). Long
 * and non-ASCII names use PAX headers. The gzip header has mtime 0, no file name and OS "unknown";
 * the compression level is fixed at 6.
 */
public final class DeterministicTarGz {

  static final int FILE_MODE = 0100600;
  static final int EXECUTABLE_MODE = 0100700;
  static final int DIRECTORY_MODE = 040750;
  private static final int COMPRESSION_LEVEL = 6;
  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private final ArchiveFilter filter;

  /** An archiver that leaves out what {@code filter} excludes. */
  public DeterministicTarGz(ArchiveFilter filter) {
    this.filter = filter;
  }

  /**
   * Archives {@code dir} into {@code out}; {@code out} is finished but not closed.
   *
   * @throws IOException if the folder cannot be read or {@code out} written
   */
  public void write(Path dir, OutputStream out) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("cannot archive '" + dir + "': not a directory");
    }
    GzipParameters gzip = new GzipParameters();
    gzip.setModificationTime(0);
    gzip.setCompressionLevel(COMPRESSION_LEVEL);
    gzip.setOperatingSystem(255);
    GzipCompressorOutputStream gz = new GzipCompressorOutputStream(new NonClosing(out), gzip);
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gz, "UTF-8")) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      tar.setAddPaxHeadersForNonAsciiNames(true);
      writeChildren(dir, "", tar);
      tar.finish();
    }
  }

  private void writeChildren(Path dir, String prefix, TarArchiveOutputStream tar)
      throws IOException {
    for (Path child : sortedChildren(dir)) {
      String relative = prefix + child.getFileName().toString();
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        continue; // removed between listing and reading (a lock file, say): not part of the tree
      }
      if (attributes.isDirectory()) {
        if (filter.exclude(relative, true)) {
          continue;
        }
        tar.putArchiveEntry(entry(relative + "/", DIRECTORY_MODE, 0));
        tar.closeArchiveEntry();
        writeChildren(child, relative + "/", tar);
      } else if (attributes.isRegularFile() && !filter.exclude(relative, false)) {
        int mode = isExecutable(child) ? EXECUTABLE_MODE : FILE_MODE;
        tar.putArchiveEntry(entry(relative, mode, attributes.size()));
        Files.copy(child, tar);
        tar.closeArchiveEntry();
      }
    }
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return children;
  }

  private static TarArchiveEntry entry(String name, int mode, long size) {
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setMode(mode);
    entry.setSize(size);
    entry.setModTime(EPOCH);
    entry.setIds(0, 0);
    entry.setNames("", "");
    return entry;
  }

  private static boolean isExecutable(Path file) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (posix == null) {
      return Files.isExecutable(file);
    }
    Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
    return permissions.contains(PosixFilePermission.OWNER_EXECUTE)
        || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
        || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
  }

  /** Lets the gzip stream finish its trailer without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
