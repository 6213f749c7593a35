package io.tideline.source.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.tideline.artifact.AdvertisedAddress;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.controller.leader.LeaderElection;
import io.tideline.controller.metrics.MicrometerReconcileMetrics;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.events.ControllerEvents;
import io.tideline.runtime.metrics.ReconcileMetrics;
import io.tideline.runtime.reconcile.ReconcileLifecycle;
import io.tideline.runtime.status.StatusPatcher;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.GoDuration;
import io.tideline.runtime.timing.IntervalJitter;
import io.tideline.source.gitrepository.GitRepositoryReconciler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/** Builds the controller's collaborators from {@link SourceControllerConfig}. */
@ApplicationScoped
public class SourceControllerBeans {

  static final String CONTROLLER_NAME = "source-controller";

  @Produces
  @ApplicationScoped
  ArtifactStorage artifactStorage(SourceControllerConfig config) {
    String hostname = System.getenv().getOrDefault("HOSTNAME", "localhost");
    try {
      return new ArtifactStorage(
          Path.of(config.storagePath()),
          AdvertisedAddress.fromFlags(
              config.storageAdvAddr().orElse(""), config.storageAddr(), hostname),
          new RetentionPolicy(
              config.artifactRetentionRecords(), GoDuration.parse(config.artifactRetentionTtl())),
          config.artifactDigestAlgo(),
          Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot use --storage-path=" + config.storagePath() + ": " + e.getMessage(), e);
    }
  }

  /** Flux's {@code gotk_reconcile_duration_seconds} histogram on the Prometheus registry. */
  @Produces
  @ApplicationScoped
  ReconcileMetrics reconcileMetrics(MeterRegistry registry) {
    return new MicrometerReconcileMetrics(registry);
  }

  /**
   * Kubernetes Events, also POSTed to notification-controller when {@code --events-addr} (or env
   * {@code EVENTS_ADDR}) is set.
   */
  @Produces
  @Singleton
  ControllerEvents events(KubernetesClient client, SourceControllerConfig config) {
    return ControllerEvents.start(
        client, "source-controller", hostname(), config.eventsAddr().orElse(""));
  }

  void closeEvents(@Disposes ControllerEvents events) {
    events.close();
  }

  @Produces
  @ApplicationScoped
  GitRepositoryReconciler gitRepositoryReconciler(
      KubernetesClient client,
      ArtifactStorage storage,
      ControllerEvents events,
      SourceControllerConfig config) {
    StatusPatcher patcher = new StatusPatcher(client);
    ReconcileLifecycle lifecycle =
        new ReconcileLifecycle(
            new ReadySummarizer(),
            IntervalJitter.withPercentage(config.intervalJitterPercentage()),
            new FailureBackoff(
                GoDuration.parse(config.minRetryDelay()), GoDuration.parse(config.maxRetryDelay())),
            events,
            patcher);
    return new GitRepositoryReconciler(
        client,
        storage,
        lifecycle,
        patcher,
        events,
        GoDuration.parse(config.requeueDependency()),
        Clock.systemUTC());
  }

  /**
   * {@code --enable-leader-election}: Flux's lease in the controller's namespace ({@code
   * RUNTIME_NAMESPACE}, else the client's, else {@code default}); null, i.e. no leader election,
   * when the flag is off.
   */
  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection(
      SourceControllerConfig config, KubernetesClient client) {
    return LeaderElection.from(config)
        .configuration(
            CONTROLLER_NAME,
            config.watchLabelSelector().orElse(""),
            System.getenv().getOrDefault("RUNTIME_NAMESPACE", client.getNamespace()),
            hostname())
        .orElse(null);
  }

  private static String hostname() {
    return System.getenv().getOrDefault("HOSTNAME", "localhost");
  }
}
