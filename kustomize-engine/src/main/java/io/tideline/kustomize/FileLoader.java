package io.tideline.kustomize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Reads files for one kustomization directory, enforcing the load restrictor (files must lie in or
 * below the kustomization's directory unless restrictions are off), an optional filesystem boundary
 * no path may leave, size limits, and cycle detection among kustomization directories.
 */
final class FileLoader {
  private static final Pattern REMOTE =
      Pattern.compile(
          "^(https?://|ssh://|git::|git@|file://|s3::|gcs::)"
              + "|^(github\\.com|gitlab\\.com|bitbucket\\.org|dev\\.azure\\.com)/"
              + "|\\?ref=|\\?version=|\\.git(/|$)|//.+");

  private final Path root;
  private final Path boundary;
  private final LoadRestrictor restrictor;
  private final Limits limits;
  private final AtomicLong totalBytes;
  private final List<Path> ancestry;

  private FileLoader(
      Path root,
      Path boundary,
      LoadRestrictor restrictor,
      Limits limits,
      AtomicLong totalBytes,
      List<Path> ancestry) {
    this.root = root;
    this.boundary = boundary;
    this.restrictor = restrictor;
    this.limits = limits;
    this.totalBytes = totalBytes;
    this.ancestry = ancestry;
  }

  /** A loader for the build's top directory. */
  static FileLoader forRoot(Path dir, Path boundary, LoadRestrictor restrictor, Limits limits)
      throws KustomizeException {
    Path real = realDirectory(dir, dir.toString());
    Path realBoundary = boundary == null ? null : realDirectory(boundary, boundary.toString());
    if (realBoundary != null && !real.startsWith(realBoundary)) {
      throw new KustomizeException(
          "security; directory '" + real + "' is not in or below '" + realBoundary + "'");
    }
    return new FileLoader(real, realBoundary, restrictor, limits, new AtomicLong(), List.of(real));
  }

  Path root() {
    return root;
  }

  /** The build's top directory. */
  Path topRoot() {
    return ancestry.get(0);
  }

  /** {@code path} (relative to this directory) relative to the top directory, with slashes. */
  String pathFromTop(String path) {
    return topRoot().relativize(root.resolve(path).normalize()).toString().replace('\\', '/');
  }

  int depth() {
    return ancestry.size();
  }

  Limits limits() {
    return limits;
  }

  static boolean looksRemote(String path) {
    return REMOTE.matcher(path).find();
  }

  /** The absolute, symlink-free path of a file named relative to this directory. */
  Path resolveFile(String relative) throws KustomizeException {
    Path candidate = root.resolve(relative).normalize();
    Path real;
    try {
      real = candidate.toRealPath();
    } catch (NoSuchFileException e) {
      throw new KustomizeException(
          "evalsymlink failure on '"
              + candidate
              + "' : lstat "
              + candidate
              + ": no such file or directory");
    } catch (IOException e) {
      throw new KustomizeException("cannot read '" + candidate + "': " + e.getMessage());
    }
    checkBoundary(real);
    if (restrictor == LoadRestrictor.ROOT_ONLY && !real.startsWith(root)) {
      throw new KustomizeException(
          "security; file '" + real + "' is not in or below '" + root + "'");
    }
    return real;
  }

  boolean isDirectory(String relative) {
    return Files.isDirectory(root.resolve(relative));
  }

  boolean exists(String relative) {
    return Files.exists(root.resolve(relative));
  }

  /** The UTF-8 content of a file named relative to this directory. */
  String read(String relative) throws KustomizeException {
    Path file = resolveFile(relative);
    if (Files.isDirectory(file)) {
      throw new KustomizeException("'" + file + "' must resolve to a file");
    }
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw new KustomizeException(
            "file '"
                + file
                + "' is "
                + size
                + " bytes, over the limit of "
                + limits.maxFileBytes());
      }
      if (totalBytes.addAndGet(size) > limits.maxTotalBytes()) {
        throw new KustomizeException(
            "build read more than " + limits.maxTotalBytes() + " bytes; stopped at '" + file + "'");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KustomizeException("cannot read '" + file + "': " + e.getMessage());
    }
  }

  /** Raw bytes of a file (for generator file sources). */
  byte[] readBytes(String relative) throws KustomizeException {
    Path file = resolveFile(relative);
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw new KustomizeException(
            "file '"
                + file
                + "' is "
                + size
                + " bytes, over the limit of "
                + limits.maxFileBytes());
      }
      if (totalBytes.addAndGet(size) > limits.maxTotalBytes()) {
        throw new KustomizeException(
            "build read more than " + limits.maxTotalBytes() + " bytes; stopped at '" + file + "'");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new KustomizeException("cannot read '" + file + "': " + e.getMessage());
    }
  }

  /** A loader for a kustomization directory named relative to this one. */
  FileLoader child(String relative) throws KustomizeException {
    Path real = realDirectory(root.resolve(relative).normalize(), relative);
    checkBoundary(real);
    for (Path visited : ancestry) {
      if (visited.equals(real) || visited.startsWith(real)) {
        throw new KustomizeException(
            "cycle detected: candidate root '"
                + real
                + "' contains visited root '"
                + visited
                + "'");
      }
    }
    if (ancestry.size() >= limits.maxDepth()) {
      throw new KustomizeException(
          "kustomizations nest more than " + limits.maxDepth() + " levels deep at '" + real + "'");
    }
    List<Path> nextAncestry = new ArrayList<>(ancestry);
    nextAncestry.add(real);
    return new FileLoader(real, boundary, restrictor, limits, totalBytes, nextAncestry);
  }

  private void checkBoundary(Path real) throws KustomizeException {
    if (boundary != null && !real.startsWith(boundary)) {
      throw new KustomizeException(
          "security; path '" + real + "' is not in or below '" + boundary + "'");
    }
  }

  private static Path realDirectory(Path dir, String shownAs) throws KustomizeException {
    try {
      Path real = dir.toRealPath();
      if (!Files.isDirectory(real)) {
        throw new KustomizeException(
            "must build at directory: '" + real + "': file is not directory");
      }
      return real;
    } catch (NoSuchFileException e) {
      throw new KustomizeException(
          "must build at directory: not a valid directory: evalsymlink failure on '"
              + dir
              + "' : lstat "
              + dir
              + ": no such file or directory");
    } catch (IOException e) {
      throw new KustomizeException("cannot read directory '" + shownAs + "': " + e.getMessage());
    }
  }
}
