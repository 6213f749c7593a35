package io.tideline.source.git;

import io.tideline.artifact.ArchiveFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code spec.sparseCheckout}: keeps only the listed folders (and the folders leading to them) in
 * the artifact. Paths are relative to the repository root; a leading {@code ./} and trailing {@code
 * /} are ignored.
 */
public final class SparseCheckoutFilter implements ArchiveFilter {

  private final List<String> dirs;

  private SparseCheckoutFilter(List<String> dirs) {
    this.dirs = dirs;
  }

  /**
   * Validates the folders against the checked-out tree on disk.
   *
   * @throws GitOperationException naming the first folder that is not in the repository
   */
  public static SparseCheckoutFilter of(List<String> paths, Path workTree)
      throws GitOperationException {
    return of(paths, dir -> Files.isDirectory(workTree.resolve(dir)));
  }

  /**
   * Validates the folders against a tree.
   *
   * @param isDirectory whether a normalised relative path is a folder of the tree
   * @throws GitOperationException naming the first folder that is not in the repository
   */
  public static SparseCheckoutFilter of(List<String> paths, Predicate<String> isDirectory)
      throws GitOperationException {
    List<String> dirs = new ArrayList<>();
    for (String raw : paths) {
      String dir = normalize(raw);
      if (dir.isEmpty() || dir.equals(".")) {
        dirs.add("");
        continue;
      }
      if (dir.startsWith("/")
          || dir.equals("..")
          || dir.startsWith("../")
          || dir.contains("/../")) {
        throw new GitOperationException(
            "sparse checkout dir '" + raw + "' must be a relative path inside the repository");
      }
      if (!isDirectory.test(dir)) {
        throw new GitOperationException(
            "sparse checkout dir '" + raw + "' does not exist in repository");
      }
      dirs.add(dir);
    }
    return new SparseCheckoutFilter(List.copyOf(dirs));
  }

  static String normalize(String path) {
    String p = path.strip();
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  @Override
  public boolean exclude(String relativePath, boolean directory) {
    for (String dir : dirs) {
      if (dir.isEmpty()
          || relativePath.equals(dir)
          || relativePath.startsWith(dir + "/")
          || (directory && dir.startsWith(relativePath + "/"))) {
        return false;
      }
    }
    return true;
  }
}
