package io.tideline.kustomize.app;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tideline.controller.flags.BindAddress;
import io.tideline.controller.probes.HealthProbeServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs Flux's probe endpoints {@code /healthz} and {@code /readyz} on {@code --health-addr}. */
@ApplicationScoped
public class HealthServer {

  private final KustomizeControllerConfig config;
  private HealthProbeServer server;

  public HealthServer(KustomizeControllerConfig config) {
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    try {
      server = HealthProbeServer.start(BindAddress.parse(config.healthAddr()));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (server != null) {
      server.close();
    }
  }
}
