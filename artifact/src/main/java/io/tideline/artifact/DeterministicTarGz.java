package io.tideline.artifact;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a tree (a folder, or any {@link ArchiveTree}) as a tar.gz whose bytes depend only on the
 * paths, contents and executable bits of its regular files and directories, so the same tree always
 * has the same digest, wherever it is read from.
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
  private static final int BUFFER_SIZE = 64 * 1024;
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
    write(new DirectoryTree(dir), out);
  }

  /**
   * Archives {@code tree} into {@code out}; {@code out} is finished but not closed.
   *
   * @throws IOException if the tree cannot be read or {@code out} written
   */
  public void write(ArchiveTree tree, OutputStream out) throws IOException {
    GzipParameters gzip = new GzipParameters();
    gzip.setModificationTime(0);
    gzip.setCompressionLevel(COMPRESSION_LEVEL);
    gzip.setOperatingSystem(255);
    gzip.setBufferSize(BUFFER_SIZE);
    GzipCompressorOutputStream gz = new GzipCompressorOutputStream(new NonClosing(out), gzip);
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new BufferedOutputStream(gz, BUFFER_SIZE), "UTF-8")) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      tar.setAddPaxHeadersForNonAsciiNames(true);
      writeChildren(tree, "", tar);
      tar.finish();
    }
  }

  private void writeChildren(ArchiveTree tree, String dir, TarArchiveOutputStream tar)
      throws IOException {
    List<ArchiveTree.Entry> children = new ArrayList<>(tree.list(dir));
    children.sort(Comparator.comparing(ArchiveTree.Entry::name));
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (ArchiveTree.Entry child : children) {
      String relative = prefix + child.name();
      switch (child.kind()) {
        case DIRECTORY -> {
          if (!filter.exclude(relative, true)) {
            tar.putArchiveEntry(entry(relative + "/", DIRECTORY_MODE, 0));
            tar.closeArchiveEntry();
            writeChildren(tree, relative, tar);
          }
        }
        case FILE, EXECUTABLE_FILE -> {
          if (!filter.exclude(relative, false)) {
            writeFile(tree, relative, child.kind(), tar);
          }
        }
        default -> {
          // symbolic links, devices, fifos, sockets: not archived (as in Flux)
        }
      }
    }
  }

  private static void writeFile(
      ArchiveTree tree, String path, ArchiveTree.Kind kind, TarArchiveOutputStream tar)
      throws IOException {
    ArchiveTree.FileContent content = tree.open(path);
    if (content == null) {
      return; // removed between listing and reading: not part of the tree
    }
    int mode = kind == ArchiveTree.Kind.EXECUTABLE_FILE ? EXECUTABLE_MODE : FILE_MODE;
    tar.putArchiveEntry(entry(path, mode, content.size()));
    content.copyTo(tar);
    tar.closeArchiveEntry();
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
