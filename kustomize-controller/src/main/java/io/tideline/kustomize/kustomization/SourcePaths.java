package io.tideline.kustomize.kustomization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves the paths a kustomization refers to inside the extracted source, never leaving it: a
 * reference is joined on the directory that holds it, and both the joined path and its target after
 * following symlinks must stay under the source root. Paths are shown relative to the root.
 */
final class SourcePaths {

  private final Path root;

  /**
   * @param root the extracted artifact root (an existing directory)
   */
  SourcePaths(Path root) throws IOException {
    this.root = root.toRealPath();
  }

  /** Where a reference leads. */
  sealed interface Resolution permits Resolved, Missing, Outside {}

  /** The reference names an existing path inside the root; {@code path} is its real path. */
  record Resolved(Path path) implements Resolution {}

  /** The reference stays inside the root but nothing exists there. */
  record Missing(Path path) implements Resolution {}

  /** The reference, or a symlink on its way, leads out of the root. */
  record Outside() implements Resolution {}

  /** Resolves a directory inside the root given by its path (for example the build directory). */
  Resolution resolve(Path path) {
    try {
      Path real = path.toRealPath();
      return real.startsWith(root) ? new Resolved(real) : new Outside();
    } catch (IOException e) {
      return new Missing(path);
    }
  }

  /**
   * Resolves {@code reference}, relative to {@code base} (a real directory inside the root) unless
   * absolute, to the real path of what it names.
   */
  Resolution resolve(Path base, String reference) {
    Path joined;
    try {
      joined = base.resolve(reference).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return new Missing(base);
    }
    if (!joined.startsWith(root)) {
      return new Outside();
    }
    try {
      Path real = joined.toRealPath();
      return real.startsWith(root) ? new Resolved(real) : new Outside();
    } catch (IOException e) {
      return missing(joined);
    }
  }

  /** A path that does not exist (or a dangling symlink): outside if its nearest parent is. */
  private Resolution missing(Path joined) {
    for (Path parent = joined.getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent)) {
        try {
          return parent.toRealPath().startsWith(root) ? new Missing(joined) : new Outside();
        } catch (IOException e) {
          return new Missing(joined);
        }
      }
    }
    return new Missing(joined);
  }

  /** {@code path} relative to the source root, with {@code /} separators ({@code .} for it). */
  String show(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return absolute.getFileName() == null ? "." : absolute.getFileName().toString();
    }
    String shown = root.relativize(absolute).toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }

  static boolean isDirectory(Path path) {
    return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
  }
}
