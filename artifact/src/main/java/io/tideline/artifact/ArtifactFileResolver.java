package io.tideline.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Decides what the artifact file server answers to a request, independent of the HTTP server
 * implementation: only GET and HEAD, only regular files under the storage root (links such as
 * {@code latest.tar.gz} are followed only while they stay inside the root), never hidden files
 * (lock and temporary files), never directory listings. {@code GET /} answers 200 so it can serve
 * as a readiness probe, like Flux's file server.
 */
public final class ArtifactFileResolver {

  /** What to answer. */
  public sealed interface Answer {}

  /** 200 with the file's bytes ({@code Content-Length: size}). */
  public record ServeFile(Path file, long size, String contentType) implements Answer {}

  /** 200 with a short text body, for {@code /}. */
  public record ServeRoot() implements Answer {}

  /** 404. */
  public record NotFound(String path) implements Answer {}

  /** 405 with {@code Allow: GET, HEAD}. */
  public record MethodNotAllowed(String method) implements Answer {}

  private final Path root;

  /**
   * @param root the storage root
   */
  public ArtifactFileResolver(Path root) throws IOException {
    this.root = root.toRealPath();
  }

  /**
   * @param method the HTTP method
   * @param decodedPath the request path, percent-decoded, starting with {@code /}
   */
  public Answer resolve(String method, String decodedPath) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return new MethodNotAllowed(method);
    }
    if (decodedPath == null || decodedPath.isEmpty() || decodedPath.equals("/")) {
      return new ServeRoot();
    }
    String relative = decodedPath.startsWith("/") ? decodedPath.substring(1) : decodedPath;
    if (!isPlainPath(relative)) {
      return new NotFound(decodedPath);
    }
    try {
      Path real = root.resolve(relative).toRealPath();
      if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        return new NotFound(decodedPath);
      }
      return new ServeFile(real, Files.size(real), contentType(real));
    } catch (IOException e) {
      return new NotFound(decodedPath);
    }
  }

  private static boolean isPlainPath(String relative) {
    if (relative.contains("\\") || relative.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.isEmpty() || segment.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return "application/gzip";
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return "application/x-yaml";
    }
    return "application/octet-stream";
  }
}
