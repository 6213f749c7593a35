package io.tideline.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Downloads artifacts for consumers (kustomize-, helm-, image-controller): size-limited, retried on
 * connection errors and 5xx, digest-verified before anything uses the bytes, cached by digest, and
 * extracted with {@link SafeTarExtractor}.
 *
 * <p>Cache layout: {@code <cacheDir>/<algo>/<hex>}; only verified files enter it, by atomic rename.
 */
public final class ArtifactFetcher {

  private final HttpClient client;
  private final Path cacheDir;
  private final FetchOptions options;

  /** A downloaded, verified artifact file in the cache. */
  public record Download(Path file, Digest digest, long size, boolean fromCache) {}

  /** The result of {@link #fetch}. */
  public record Fetched(Download download, SafeTarExtractor.Extracted extracted) {}

  /**
   * @param client HTTP client (shared; follows no redirects unless configured so)
   * @param cacheDir folder of the digest cache, created if missing
   * @param options limits and retries
   */
  public ArtifactFetcher(HttpClient client, Path cacheDir, FetchOptions options) {
    this.client = client;
    this.cacheDir = cacheDir;
    this.options = options;
  }

  /**
   * Downloads and verifies the artifact, then extracts it into {@code targetDir}.
   *
   * @param url {@code status.artifact.url}
   * @param digest {@code status.artifact.digest}
   */
  public Fetched fetch(String url, String digest, Path targetDir)
      throws IOException, InterruptedException, ArtifactFetchException {
    Download download = download(url, digest);
    SafeTarExtractor extractor =
        new SafeTarExtractor(options.maxExtractedBytes(), options.maxEntries());
    return new Fetched(download, extractor.extract(download.file(), targetDir));
  }

  /**
   * Returns the verified artifact file, from the cache when a file with this digest was fetched
   * before, else downloaded from {@code url}.
   */
  public Download download(String url, String digest)
      throws IOException, InterruptedException, ArtifactFetchException {
    Digest expected = Digest.parse(digest);
    Path cached = cacheDir.resolve(expected.algorithm()).resolve(expected.hex());
    if (Files.isRegularFile(cached)) {
      Files.setLastModifiedTime(cached, FileTime.fromMillis(System.currentTimeMillis()));
      return new Download(cached, expected, Files.size(cached), true);
    }
    Files.createDirectories(cached.getParent());
    URI uri = effectiveUri(url);
    Path temp = Files.createTempFile(cached.getParent(), ".download-", ".part");
    try {
      MessageDigest md = expected.newMessageDigest();
      long size = downloadWithRetries(uri, temp, md);
      Digest actual = Digest.fromBytes(expected.algorithm(), md.digest());
      if (!actual.equals(expected)) {
        throw new DigestMismatchException(url, expected, actual);
      }
      moveIntoCache(temp, cached);
      pruneCache(cached);
      return new Download(cached, expected, size, false);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private long downloadWithRetries(URI uri, Path temp, MessageDigest md)
      throws IOException, InterruptedException, ArtifactFetchException {
    Duration wait = options.minRetryWait();
    Exception last = null;
    for (int attempt = 0; attempt <= options.retries(); attempt++) {
      if (attempt > 0) {
        Thread.sleep(wait.toMillis());
        wait = min(wait.multipliedBy(2), options.maxRetryWait());
      }
      md.reset();
      try {
        return downloadOnce(uri, temp, md);
      } catch (RetryableStatus e) {
        last = e;
      } catch (IOException e) {
        last = e;
      }
    }
    throw new ArtifactDownloadException(
        "failed to download artifact from '"
            + uri
            + "' after "
            + (options.retries() + 1)
            + " attempts: "
            + describe(last),
        last);
  }

  private long downloadOnce(URI uri, Path temp, MessageDigest md)
      throws IOException, InterruptedException, ArtifactFetchException, RetryableStatus {
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(options.requestTimeout()).GET().build();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status == 404) {
        throw new ArtifactNotFoundException(uri.toString());
      }
      if (status >= 500) {
        throw new RetryableStatus(uri, status);
      }
      if (status != 200) {
        throw new ArtifactDownloadException(
            "failed to download artifact from '" + uri + "': HTTP " + status, null);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > options.maxDownloadBytes()) {
        throw tooLarge(uri);
      }
      return copyLimited(uri, body, temp, md);
    }
  }

  private long copyLimited(URI uri, InputStream body, Path temp, MessageDigest md)
      throws IOException, ArtifactTooLargeException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(temp)) {
      for (int n; (n = body.read(buffer)) > 0; ) {
        total += n;
        if (total > options.maxDownloadBytes()) {
          throw tooLarge(uri);
        }
        md.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private ArtifactTooLargeException tooLarge(URI uri) {
    return new ArtifactTooLargeException(
        "artifact at '"
            + uri
            + "' is larger than the limit of "
            + options.maxDownloadBytes()
            + " bytes");
  }

  private URI effectiveUri(String url) throws ArtifactDownloadException {
    try {
      URI uri = new URI(url);
      String override = options.hostOverride();
      if (override == null || override.isBlank()) {
        return uri;
      }
      return new URI(
          uri.getScheme()
              + "://"
              + override
              + uri.getRawPath()
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    } catch (URISyntaxException e) {
      throw new ArtifactDownloadException(
          "invalid artifact URL '" + url + "': " + e.getMessage(), e);
    }
  }

  private static void moveIntoCache(Path temp, Path cached) throws IOException {
    try {
      Files.move(temp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileAlreadyExistsException raced) {
      // Another thread cached the same verified bytes first.
    }
  }

  private void pruneCache(Path justCached) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> algorithms =
        Files.newDirectoryStream(cacheDir, Files::isDirectory)) {
      for (Path algorithm : algorithms) {
        try (DirectoryStream<Path> entries =
            Files.newDirectoryStream(algorithm, p -> !p.getFileName().toString().startsWith("."))) {
          entries.forEach(files::add);
        }
      }
    }
    if (files.size() <= options.maxCachedArtifacts()) {
      return;
    }
    files.remove(justCached);
    files.sort(Comparator.comparing(ArtifactFetcher::modified).reversed());
    int keepOthers = Math.max(0, options.maxCachedArtifacts() - 1);
    for (Path stale : files.subList(Math.min(keepOthers, files.size()), files.size())) {
      Files.deleteIfExists(stale);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A 5xx answer: worth another attempt. */
  private static final class RetryableStatus extends Exception {
    RetryableStatus(URI uri, int status) {
      super("HTTP " + status + " from '" + uri + "'");
    }
  }
}
