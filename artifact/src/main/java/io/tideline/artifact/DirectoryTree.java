package io.tideline.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A folder on disk as an {@link ArchiveTree}. Links are reported as {@link Kind#SYMLINK} and never
 * followed; a file counts as executable when any of its execute bits is set. Entries removed
 * between listing and reading (a lock file, say) are left out.
 */
public final class DirectoryTree implements ArchiveTree {

  private final Path root;

  /**
   * @throws IOException if {@code root} is not a directory
   */
  public DirectoryTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("cannot archive '" + root + "': not a directory");
    }
    this.root = root;
  }

  @Override
  public List<Entry> list(String path) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(resolve(path))) {
      for (Path child : children) {
        Kind kind = kindOf(child);
        if (kind != null) {
          entries.add(new Entry(child.getFileName().toString(), kind));
        }
      }
    }
    return entries;
  }

  @Override
  public FileContent open(String path) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(resolve(path), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    long size;
    try {
      size = channel.size();
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return new FileContent() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public void copyTo(OutputStream out) throws IOException {
        try (channel;
            InputStream in = Channels.newInputStream(channel)) {
          in.transferTo(out);
        }
      }
    };
  }

  private Path resolve(String path) {
    return path.isEmpty() ? root : root.resolve(path);
  }

  /** The kind of {@code file}, or null if it no longer exists. */
  private static Kind kindOf(Path file) throws IOException {
    try {
      PosixFileAttributes posix =
          Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return kindOf(posix, isExecutable(posix.permissions()));
    } catch (UnsupportedOperationException e) {
      BasicFileAttributes basic =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return kindOf(basic, basic.isRegularFile() && Files.isExecutable(file));
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static Kind kindOf(BasicFileAttributes attributes, boolean executable) {
    if (attributes.isDirectory()) {
      return Kind.DIRECTORY;
    }
    if (attributes.isRegularFile()) {
      return executable ? Kind.EXECUTABLE_FILE : Kind.FILE;
    }
    return attributes.isSymbolicLink() ? Kind.SYMLINK : Kind.OTHER;
  }

  private static boolean isExecutable(Set<PosixFilePermission> permissions) {
    return permissions.contains(PosixFilePermission.OWNER_EXECUTE)
        || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
        || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
  }
}
