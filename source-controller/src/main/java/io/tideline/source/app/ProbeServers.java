package io.tideline.source.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tideline.artifact.ArtifactFileResolver;
import io.tideline.artifact.ArtifactHttpHandler;
import io.tideline.artifact.ArtifactStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The two plain HTTP servers Flux's source-controller runs besides metrics: the artifact file
 * server on {@code --storage-addr} (GET/HEAD of files under {@code --storage-path}; {@code GET /}
 * is its readiness probe) and {@code /healthz} + {@code /readyz} on {@code --health-addr}.
 */
@ApplicationScoped
public class ProbeServers {

  private final SourceControllerConfig config;
  private final ArtifactStorage storage;
  private final List<HttpServer> servers = new ArrayList<>();

  public ProbeServers(SourceControllerConfig config, ArtifactStorage storage) {
    this.config = config;
    this.storage = storage;
  }

  void start(@Observes StartupEvent event) {
    try {
      HttpServer artifacts = bind(config.storageAddr());
      artifacts.createContext(
          "/", new ArtifactHttpHandler(new ArtifactFileResolver(storage.root())));
      HttpServer health = bind(config.healthAddr());
      health.createContext("/healthz", ProbeServers::ok);
      health.createContext("/readyz", ProbeServers::ok);
      for (HttpServer s : List.of(artifacts, health)) {
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.start();
        servers.add(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the artifact/health servers: " + e.getMessage(), e);
    }
  }

  void stop(@Observes ShutdownEvent event) {
    servers.forEach(s -> s.stop(0));
  }

  private static HttpServer bind(String address) throws IOException {
    BindAddress a = BindAddress.parse(address);
    return HttpServer.create(new InetSocketAddress(a.host(), a.port()), 64);
  }

  private static void ok(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }
}
