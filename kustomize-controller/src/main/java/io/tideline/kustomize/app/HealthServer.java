package io.tideline.kustomize.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Flux's probe endpoints {@code /healthz} and {@code /readyz} on {@code --health-addr}. */
@ApplicationScoped
public class HealthServer {

  private final KustomizeControllerConfig config;
  private HttpServer server;

  public HealthServer(KustomizeControllerConfig config) {
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    try {
      BindAddress address = BindAddress.parse(config.healthAddr());
      server = HttpServer.create(new InetSocketAddress(address.host(), address.port()), 16);
      server.createContext("/healthz", HealthServer::ok);
      server.createContext("/readyz", HealthServer::ok);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the health server on " + config.healthAddr() + ": " + e.getMessage(), e);
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (server != null) {
      server.stop(0);
    }
  }

  private static void ok(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }
}
