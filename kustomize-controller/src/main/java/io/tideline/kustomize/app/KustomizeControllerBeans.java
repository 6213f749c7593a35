package io.tideline.kustomize.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.tideline.artifact.ArtifactFetcher;
import io.tideline.artifact.FetchOptions;
import io.tideline.controller.flags.FeatureGates;
import io.tideline.controller.leader.LeaderElection;
import io.tideline.kustomize.kustomization.KustomizationReconciler;
import io.tideline.kustomize.kustomization.KustomizationSettings;
import io.tideline.kustomize.kustomization.SopsAgeSecret;
import io.tideline.kustomize.kustomization.TargetClusters;
import io.tideline.kustomize.remote.KubeConfigPolicy;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.events.ControllerEvents;
import io.tideline.runtime.reconcile.ReconcileLifecycle;
import io.tideline.runtime.status.StatusPatcher;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.GoDuration;
import io.tideline.runtime.timing.IntervalJitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the controller's collaborators from {@link KustomizeControllerConfig}. */
@ApplicationScoped
public class KustomizeControllerBeans {

  static final String CONTROLLER_NAME = "kustomize-controller";

  @Produces
  @ApplicationScoped
  TargetClusters targetClusters(KubernetesClient client, KustomizeControllerConfig config) {
    return new TargetClusters(
        client,
        CONTROLLER_NAME,
        config.defaultServiceAccount().orElse(""),
        kubeConfigPolicy(config));
  }

  static KubeConfigPolicy kubeConfigPolicy(KustomizeControllerConfig config) {
    return new KubeConfigPolicy(
        config.insecureKubeconfigExec(),
        config.insecureKubeconfigTls(),
        config.defaultKubeconfigServiceAccount().orElse(""),
        FeatureGates.parse(config.featureGates()).enabled("ObjectLevelWorkloadIdentity", false));
  }

  void closeTargets(@Disposes TargetClusters targets) {
    targets.close();
  }

  /**
   * Kubernetes Events, also POSTed to notification-controller when {@code --events-addr} is set.
   */
  @Produces
  @Singleton
  ControllerEvents events(KubernetesClient client, KustomizeControllerConfig config) {
    return ControllerEvents.start(
        client, CONTROLLER_NAME, hostname(), config.eventsAddr().orElse(""));
  }

  void closeEvents(@Disposes ControllerEvents events) {
    events.close();
  }

  @Produces
  @ApplicationScoped
  KustomizationReconciler kustomizationReconciler(
      KubernetesClient client,
      TargetClusters targets,
      ControllerEvents events,
      KustomizeControllerConfig config) {
    StatusPatcher patcher = new StatusPatcher(client);
    ReconcileLifecycle lifecycle =
        new ReconcileLifecycle(
            new ReadySummarizer(),
            IntervalJitter.withPercentage(config.intervalJitterPercentage()),
            new FailureBackoff(
                GoDuration.parse(config.minRetryDelay()), GoDuration.parse(config.maxRetryDelay())),
            events,
            patcher);
    return new KustomizationReconciler(
        client,
        lifecycle,
        patcher,
        events,
        fetcher(config),
        targets,
        settings(config).withSopsAgeSecret(sopsAgeSecret(config, client)),
        Clock.systemUTC());
  }

  @Produces
  @ApplicationScoped
  ConfigWatches configWatches(KustomizeControllerConfig config) {
    return FeatureGates.parse(config.featureGates()).enabled("DisableConfigWatchers", false)
        ? ConfigWatches.disabled()
        : ConfigWatches.selecting(config.watchConfigsLabelSelector());
  }

  /**
   * {@code --enable-leader-election}: Flux's lease in the controller's namespace ({@code
   * RUNTIME_NAMESPACE}, else the client's); null, i.e. no leader election, when the flag is off.
   */
  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection(
      KustomizeControllerConfig config, KubernetesClient client) {
    return LeaderElection.from(config)
        .configuration(
            CONTROLLER_NAME,
            config.watchLabelSelector().orElse(""),
            controllerNamespace(client),
            hostname())
        .orElse(null);
  }

  @Produces
  @ApplicationScoped
  SourceWatches sourceWatches(KustomizeControllerConfig config) {
    return SourceWatches.of(settings(config).allowExternalArtifact());
  }

  static KustomizationSettings settings(KustomizeControllerConfig config) {
    Set<String> stageKinds = new HashSet<>();
    config
        .customApplyStageKinds()
        .ifPresent(list -> list.stream().map(String::trim).forEach(stageKinds::add));
    return new KustomizationSettings(
        config.noCrossNamespaceRefs(),
        GoDuration.parse(config.requeueDependency()),
        config.overrideManager().orElse(List.of()),
        stageKinds,
        Duration.ofSeconds(5),
        config.concurrentSsa(),
        FeatureGates.parse(config.featureGates()),
        Optional.empty());
  }

  /** {@code --sops-age-secret} in the controller's namespace ({@code RUNTIME_NAMESPACE}). */
  private static Optional<SopsAgeSecret> sopsAgeSecret(
      KustomizeControllerConfig config, KubernetesClient client) {
    return SopsAgeSecret.of(config.sopsAgeSecret(), controllerNamespace(client));
  }

  /** The controller's namespace: {@code RUNTIME_NAMESPACE}, else the client's. */
  private static String controllerNamespace(KubernetesClient client) {
    return System.getenv().getOrDefault("RUNTIME_NAMESPACE", client.getNamespace());
  }

  private static ArtifactFetcher fetcher(KustomizeControllerConfig config) {
    try {
      Path cache = Files.createTempDirectory("kustomize-controller-artifacts-");
      FetchOptions defaults = FetchOptions.defaults();
      FetchOptions options =
          defaults.withRetries(
              config.httpRetry(), defaults.minRetryWait(), defaults.maxRetryWait());
      String override = System.getenv("SOURCE_CONTROLLER_LOCALHOST");
      if (override != null && !override.isBlank()) {
        options =
            new FetchOptions(
                options.maxDownloadBytes(),
                options.maxExtractedBytes(),
                options.maxEntries(),
                options.retries(),
                options.minRetryWait(),
                options.maxRetryWait(),
                options.requestTimeout(),
                override,
                options.maxCachedArtifacts());
      }
      return new ArtifactFetcher(HttpClient.newHttpClient(), cache, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the artifact cache: " + e.getMessage(), e);
    }
  }

  private static String hostname() {
    return System.getenv().getOrDefault("HOSTNAME", "localhost");
  }
}
