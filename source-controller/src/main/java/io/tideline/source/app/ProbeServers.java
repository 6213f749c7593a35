package io.tideline.source.app;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tideline.artifact.ArtifactFileResolver;
import io.tideline.artifact.ArtifactHttpHandler;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.controller.flags.BindAddress;
import io.tideline.controller.probes.HealthProbeServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
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
  private HttpServer artifacts;
  private ExecutorService artifactThreads;
  private HealthProbeServer health;

  public ProbeServers(SourceControllerConfig config, ArtifactStorage storage) {
    this.config = config;
    this.storage = storage;
  }

  void start(@Observes StartupEvent event) {
    BindAddress storageAddr = BindAddress.parse(config.storageAddr());
    try {
      artifacts =
          HttpServer.create(new InetSocketAddress(storageAddr.host(), storageAddr.port()), 64);
      artifacts.createContext(
          "/", new ArtifactHttpHandler(new ArtifactFileResolver(storage.root())));
      artifactThreads = Executors.newFixedThreadPool(4);
      artifacts.setExecutor(artifactThreads);
      artifacts.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the artifact server on " + config.storageAddr() + ": " + e.getMessage(), e);
    }
    try {
      health = HealthProbeServer.start(BindAddress.parse(config.healthAddr()));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (artifacts != null) {
      artifacts.stop(0);
      artifactThreads.shutdownNow();
    }
    if (health != null) {
      health.close();
    }
  }
}
