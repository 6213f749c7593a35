package io.tideline.source.app;

import io.quarkus.runtime.StartupEvent;
import io.tideline.source.gitrepository.ArtifactWarmUp;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * Builds a throw-away artifact ({@link ArtifactWarmUp}) before the controller starts reconciling,
 * so the first GitRepository after a (re)start, a failover included, is built at warm speed. A
 * failure only costs that speed: it is logged and start-up goes on.
 */
@ApplicationScoped
public class StartupWarmUp {

  private static final Logger LOG = Logger.getLogger(StartupWarmUp.class);

  void warmUp(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    long start = System.nanoTime();
    try {
      ArtifactWarmUp.run();
      LOG.debugf("artifact warm-up took %d ms", (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      LOG.infof("artifact warm-up skipped: %s", e.getMessage());
    }
  }
}
