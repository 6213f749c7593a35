package io.tideline.artifact;

/**
 * Decides which paths a deterministic archive leaves out (e.g. {@code .git/}, {@code .sourceignore}
 * matches). An excluded directory is skipped with everything below it.
 */
@FunctionalInterface
public interface ArchiveFilter {

  /** Keeps everything. */
  ArchiveFilter NONE = (path, directory) -> false;

  /**
   * @param relativePath path relative to the archived folder, {@code /}-separated, no leading
   *     {@code /} and no trailing {@code /}
   * @param directory whether the path is a directory
   * @return true to leave the path out of the archive
   */
  boolean exclude(String relativePath, boolean directory);
}
