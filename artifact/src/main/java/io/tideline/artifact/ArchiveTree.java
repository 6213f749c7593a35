package io.tideline.artifact;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A tree of files that {@link DeterministicTarGz} archives: a folder on disk ({@link
 * DirectoryTree}) or, for instance, a Git commit read straight from the object database. Paths are
 * relative to the tree's root, {@code /}-separated, {@code ""} for the root itself.
 */
public interface ArchiveTree {

  /** What a tree entry is; only directories and regular files are archived. */
  enum Kind {
    DIRECTORY,
    FILE,
    EXECUTABLE_FILE,
    SYMLINK,
    OTHER
  }

  /** A child of a directory: its base name and kind. */
  record Entry(String name, Kind kind) {}

  /** The content of a regular file. */
  interface FileContent {
    /** The number of bytes {@link #copyTo} writes. */
    long size();

    /** Writes the content; called at most once. */
    void copyTo(OutputStream out) throws IOException;
  }

  /**
   * The children of the directory {@code path}, in any order.
   *
   * @throws IOException if the directory cannot be read
   */
  List<Entry> list(String path) throws IOException;

  /**
   * Opens the regular file {@code path}.
   *
   * @return the content, or null if the file disappeared since it was listed
   * @throws IOException if the file cannot be read
   */
  FileContent open(String path) throws IOException;
}
