package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArtifactHttpHandlerTest {

  private static final ObjectKey REPO = new ObjectKey("GitRepository", "default", "app");

  @TempDir Path tmp;
  private HttpServer server;
  private ArtifactStorage storage;
  private StoredArtifact artifact;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    Files.writeString(tmp.resolve("secret.txt"), "outside");
    storage =
        new ArtifactStorage(
            tmp.resolve("data"), new AdvertisedAddress("localhost"), RetentionPolicy.DEFAULT);
    artifact =
        storage.store(
            REPO,
            "abc.tar.gz",
            "main@sha1:abc",
            new ByteArrayInputStream("artifact-bytes".getBytes(StandardCharsets.UTF_8)));
    storage.symlink(artifact, "latest.tar.gz");
    Files.createSymbolicLink(
        storage.objectDir(REPO).resolve("escape.tar.gz"), tmp.resolve("secret.txt"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", new ArtifactHttpHandler(new ArtifactFileResolver(storage.root())));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void servesFilesAndTheLatestLink() throws Exception {
    HttpResponse<String> file = get("/" + artifact.path());
    HttpResponse<String> latest = get("/gitrepository/default/app/latest.tar.gz");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo("artifact-bytes");
    assertThat(file.headers().firstValue("Content-Length")).hasValue("14");
    assertThat(file.headers().firstValue("Content-Type")).hasValue("application/gzip");
    assertThat(latest.body()).isEqualTo("artifact-bytes");
  }

  @Test
  void headAnswersLengthWithoutBody() throws Exception {
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(uri("/" + artifact.path()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).hasValue("14");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void rootAnswersOkForReadinessProbes() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  static Stream<String> notFoundPaths() {
    return Stream.of(
        "/gitrepository/default/app/missing.tar.gz",
        "/gitrepository/default/app",
        "/gitrepository/default/app/escape.tar.gz",
        "/gitrepository/default/app/.lock",
        "/gitrepository/default/app/../../../../secret.txt",
        "/..%2f..%2fsecret.txt",
        "/%2e%2e/secret.txt",
        "/gitrepository//default/app/abc.tar.gz");
  }

  @ParameterizedTest
  @MethodSource("notFoundPaths")
  void answers404ForMissingHiddenOrEscapingPaths(String rawPath) throws Exception {
    assertThat(rawStatusLine("GET", rawPath)).contains(" 404 ");
  }

  @Test
  void answers405ForOtherMethods() throws Exception {
    for (String method : new String[] {"POST", "PUT", "DELETE"}) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri("/" + artifact.path()))
                  .method(method, HttpRequest.BodyPublishers.ofString("x"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
    assertThat(storage.exists(artifact)).isTrue();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Sends the path byte for byte, so no client normalises the dots away. */
  private String rawStatusLine(String method, String rawPath) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.substring(0, response.indexOf("\r\n"));
    }
  }
}
