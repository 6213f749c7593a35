package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactFetcherTest {

  private static final ObjectKey REPO = new ObjectKey("GitRepository", "default", "app");

  @TempDir Path tmp;
  private HttpServer server;
  private ArtifactStorage storage;
  private StoredArtifact artifact;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 503;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String address = "127.0.0.1:" + server.getAddress().getPort();
    storage =
        new ArtifactStorage(
            tmp.resolve("data"), new AdvertisedAddress(address), RetentionPolicy.DEFAULT);
    artifact =
        storage.archive(
            REPO,
            "abc.tar.gz",
            "main@sha1:abc",
            DeterministicTarGzTest.tree(tmp.resolve("tree")),
            ArchiveFilter.NONE);
    ArtifactHttpHandler files = new ArtifactHttpHandler(new ArtifactFileResolver(storage.root()));
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          if (failuresLeft.getAndDecrement() > 0) {
            fail(exchange, failureStatus);
          } else {
            files.handle(exchange);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void downloadsVerifiesAndExtracts() throws Exception {
    Path target = tmp.resolve("work");

    ArtifactFetcher.Fetched fetched =
        fetcher(options()).fetch(artifact.url(), artifact.digest().toString(), target);

    assertThat(fetched.download().fromCache()).isFalse();
    assertThat(fetched.download().size()).isEqualTo(artifact.size());
    assertThat(target.resolve("deploy/app.yaml")).hasContent("kind: ConfigMap");
    assertThat(requests).hasValue(1);
  }

  @Test
  void retriesServerErrorsThenSucceeds() throws Exception {
    failuresLeft.set(2);

    ArtifactFetcher.Download download =
        fetcher(options()).download(artifact.url(), artifact.digest().toString());

    assertThat(download.digest()).isEqualTo(artifact.digest());
    assertThat(requests).hasValue(3);
  }

  @Test
  void givesUpAfterTheLastRetry() {
    failuresLeft.set(100);

    assertThatThrownBy(
            () -> fetcher(options()).download(artifact.url(), artifact.digest().toString()))
        .isInstanceOf(ArtifactDownloadException.class)
        .hasMessageContaining("after 4 attempts")
        .hasMessageContaining("HTTP 503");
    assertThat(requests).hasValue(4);
  }

  @Test
  void connectionErrorsAreRetriedThenReported() throws IOException {
    int closedPort;
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String unreachable = "http://127.0.0.1:" + closedPort + "/" + artifact.path();

    assertThatThrownBy(() -> fetcher(options()).download(unreachable, artifact.digest().toString()))
        .isInstanceOf(ArtifactDownloadException.class)
        .hasMessageContaining("after 4 attempts")
        .hasMessageContaining("ConnectException")
        .hasCauseInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void notFoundIsTypedAndNotRetried() {
    String missing = storage.urlOf("gitrepository/default/app/missing.tar.gz");

    assertThatThrownBy(() -> fetcher(options()).download(missing, artifact.digest().toString()))
        .isInstanceOf(ArtifactNotFoundException.class)
        .hasMessageContaining("missing.tar.gz");
    assertThat(requests).hasValue(1);
  }

  @Test
  void otherClientErrorsAreNotRetried() {
    failuresLeft.set(1);
    failureStatus = 403;

    assertThatThrownBy(
            () -> fetcher(options()).download(artifact.url(), artifact.digest().toString()))
        .isInstanceOf(ArtifactDownloadException.class)
        .hasMessageContaining("HTTP 403");
    assertThat(requests).hasValue(1);
  }

  @Test
  void secondFetchOfTheSameDigestComesFromTheCache() throws Exception {
    ArtifactFetcher fetcher = fetcher(options());
    fetcher.fetch(artifact.url(), artifact.digest().toString(), tmp.resolve("one"));

    ArtifactFetcher.Fetched second =
        fetcher.fetch(artifact.url(), artifact.digest().toString(), tmp.resolve("two"));

    assertThat(second.download().fromCache()).isTrue();
    assertThat(tmp.resolve("two/README.md")).hasContent("# demo\n");
    assertThat(requests).hasValue(1);
  }

  @Test
  void digestMismatchFailsBeforeAnythingIsExtractedOrCached() {
    String wrong = "sha256:" + "0".repeat(64);
    Path target = tmp.resolve("work");

    assertThatThrownBy(() -> fetcher(options()).fetch(artifact.url(), wrong, target))
        .isInstanceOf(DigestMismatchException.class)
        .hasMessageContaining("expected '" + wrong + "'")
        .hasMessageContaining("got '" + artifact.digest() + "'");
    assertThat(target).doesNotExist();
    assertThat(tmp.resolve("cache/sha256/" + "0".repeat(64))).doesNotExist();
  }

  @Test
  void downloadsBeyondTheSizeLimitAreAborted() {
    FetchOptions small = options().withLimits(artifact.size() - 1, 1 << 20, 100);

    assertThatThrownBy(() -> fetcher(small).download(artifact.url(), artifact.digest().toString()))
        .isInstanceOf(ArtifactTooLargeException.class)
        .hasMessageContaining("larger than the limit of " + (artifact.size() - 1));
  }

  @Test
  void extractionLimitsApply() {
    FetchOptions small = options().withLimits(1 << 20, 10, 100);

    assertThatThrownBy(
            () ->
                fetcher(small)
                    .fetch(artifact.url(), artifact.digest().toString(), tmp.resolve("work")))
        .isInstanceOf(ArtifactTooLargeException.class)
        .hasMessageContaining("more than 10 bytes");
  }

  @Test
  void hostOverrideRedirectsToAnotherAddress() throws Exception {
    String clusterUrl =
        "http://source-controller.flux-system.svc.cluster.local./" + artifact.path();
    FetchOptions override =
        new FetchOptions(
            1 << 20,
            1 << 20,
            100,
            0,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofSeconds(10),
            "127.0.0.1:" + server.getAddress().getPort(),
            4);

    assertThat(fetcher(override).download(clusterUrl, artifact.digest().toString()).size())
        .isEqualTo(artifact.size());
  }

  private ArtifactFetcher fetcher(FetchOptions options) {
    return new ArtifactFetcher(HttpClient.newHttpClient(), tmp.resolve("cache"), options);
  }

  private static FetchOptions options() {
    return FetchOptions.defaults()
        .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40))
        .withLimits(1 << 20, 1 << 20, 1000);
  }

  private static void fail(HttpExchange exchange, int status) throws IOException {
    try (exchange) {
      byte[] body = "unavailable".getBytes();
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
