package io.tideline.testsupport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tideline.artifact.AdvertisedAddress;
import io.tideline.artifact.ArchiveFilter;
import io.tideline.artifact.ArtifactFileResolver;
import io.tideline.artifact.ArtifactHttpHandler;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.ObjectKey;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.artifact.StoredArtifact;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for source-controller's artifact server on 127.0.0.1, for testing consumers
 * (kustomize-, helm-controller) without running source-controller: publish a folder or a few files
 * as an artifact and put the returned URL, revision and digest into a source's {@code
 * status.artifact}. Uses the real {@link ArtifactStorage} and {@link ArtifactHttpHandler}, so the
 * bytes on the wire are what source-controller serves. Can answer the next requests with an error
 * status to test retries and "artifact not found" handling.
 */
public final class ArtifactTestServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final ArtifactStorage storage;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 503;

  private ArtifactTestServer(HttpServer server, ExecutorService executor, ArtifactStorage storage) {
    this.server = server;
    this.executor = executor;
    this.storage = storage;
  }

  /** Starts serving {@code storageDir} on a free port of 127.0.0.1. */
  public static ArtifactTestServer start(Path storageDir) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ArtifactStorage storage =
        new ArtifactStorage(
            storageDir,
            new AdvertisedAddress("127.0.0.1:" + server.getAddress().getPort()),
            RetentionPolicy.DEFAULT);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    ArtifactTestServer testServer = new ArtifactTestServer(server, executor, storage);
    ArtifactHttpHandler files = new ArtifactHttpHandler(new ArtifactFileResolver(storage.root()));
    server.createContext(
        "/",
        exchange -> {
          testServer.requests.incrementAndGet();
          if (testServer.failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            fail(exchange, testServer.failureStatus);
          } else {
            files.handle(exchange);
          }
        });
    server.setExecutor(executor);
    server.start();
    return testServer;
  }

  /**
   * Archives {@code dir} as the artifact of object {@code kind/namespace/name}, file {@code
   * <checksum>.tar.gz} where the checksum is the part of {@code revision} after its last {@code :}.
   */
  public StoredArtifact publish(
      String kind, String namespace, String name, String revision, Path dir) throws IOException {
    ObjectKey key = new ObjectKey(kind, namespace, name);
    StoredArtifact artifact =
        storage.archive(key, fileNameFor(revision), revision, dir, ArchiveFilter.NONE);
    storage.symlink(artifact, "latest.tar.gz");
    return artifact;
  }

  /** Publishes the given files (path → UTF-8 content) as an artifact; see {@link #publish}. */
  public StoredArtifact publishFiles(
      String kind, String namespace, String name, String revision, Map<String, String> files)
      throws IOException {
    Path dir = Files.createTempDirectory("artifact-src");
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      return publish(kind, namespace, name, revision, dir);
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Answers the next {@code count} requests with {@code status} (e.g. 503, 404, 500). */
  public void failNext(int count, int status) {
    failureStatus = status;
    failuresLeft.set(count);
  }

  /** The storage behind the server (to delete or corrupt files in tests). */
  public ArtifactStorage storage() {
    return storage;
  }

  /** {@code 127.0.0.1:<port>}, the value of source-controller's {@code --storage-adv-addr}. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many requests reached the server. */
  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static String fileNameFor(String revision) {
    String checksum = revision.substring(revision.lastIndexOf(':') + 1);
    return checksum.replaceAll("[^A-Za-z0-9._-]", "_") + ".tar.gz";
  }

  private static void fail(HttpExchange exchange, int status) throws IOException {
    try (exchange) {
      byte[] body = ("simulated HTTP " + status + "\n").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
