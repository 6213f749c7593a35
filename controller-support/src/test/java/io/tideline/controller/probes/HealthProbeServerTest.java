package io.tideline.controller.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.controller.flags.BindAddress;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HealthProbeServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  static Stream<String> probes() {
    return Stream.of("/healthz", "/readyz");
  }

  @ParameterizedTest
  @MethodSource("probes")
  void answersOkWhileRunningAndStopsOnClose(String path) throws Exception {
    URI uri;
    try (HealthProbeServer server = HealthProbeServer.start(new BindAddress("127.0.0.1", 0))) {
      uri = URI.create("http://127.0.0.1:" + server.port() + path);
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("ok");
    }
    assertThatThrownBy(
            () ->
                http.send(
                    HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void portInUseFailsNamingTheAddress() throws Exception {
    try (HealthProbeServer first = HealthProbeServer.start(new BindAddress("127.0.0.1", 0))) {
      assertThatThrownBy(() -> HealthProbeServer.start(new BindAddress("127.0.0.1", first.port())))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("cannot start the health server on 127.0.0.1:" + first.port());
    }
  }
}
