package io.tideline.kustomize.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tideline.controller.leader.LeaderElectionFlags;
import java.util.List;
import java.util.Optional;

/**
 * kustomize-controller settings, keyed like Flux's flags ({@code --requeue-dependency} → {@code
 * kustomize-controller.requeue-dependency}); {@link KustomizeControllerFlags} maps the command line
 * onto these keys. Durations are Go duration strings.
 */
@ConfigMapping(prefix = "kustomize-controller")
public interface KustomizeControllerConfig extends LeaderElectionFlags {

  /** Parallel reconciles. */
  @WithDefault("4")
  int concurrent();

  /** Parallel server-side apply calls within one reconcile. */
  @WithDefault("4")
  int concurrentSsa();

  /** Retry delay while a source or dependency is not ready. */
  @WithDefault("30s")
  String requeueDependency();

  /** Deny sourceRefs in other namespaces. */
  @WithDefault("false")
  boolean noCrossNamespaceRefs();

  /** Deny remote bases. */
  @WithDefault("false")
  boolean noRemoteBases();

  /** Artifact download retries. */
  @WithDefault("9")
  int httpRetry();

  /** Service account impersonated when spec.serviceAccountName is empty. */
  Optional<String> defaultServiceAccount();

  /** Secret (controller namespace) with fallback age keys. */
  Optional<String> sopsAgeSecret();

  /** Extra field managers whose changes are reverted. */
  Optional<List<String>> overrideManager();

  /** group/Kind entries applied in a stage before other namespaced objects. */
  Optional<List<String>> customApplyStageKinds();

  /** Allow exec plugins and auth providers in spec.kubeConfig. */
  @WithDefault("false")
  boolean insecureKubeconfigExec();

  /** Allow insecure-skip-tls-verify in spec.kubeConfig. */
  @WithDefault("false")
  boolean insecureKubeconfigTls();

  /** ServiceAccount whose token a kubeConfig.configMapRef provider uses when none is named. */
  Optional<String> defaultKubeconfigServiceAccount();

  /** Watch every namespace (false: only the controller's namespace). */
  @WithDefault("true")
  boolean watchAllNamespaces();

  /** Label selector restricting the watched Kustomizations. */
  Optional<String> watchLabelSelector();

  /** ConfigMaps/Secrets whose changes retrigger the Kustomizations referencing them. */
  @WithDefault("reconcile.fluxcd.io/watch=Enabled")
  String watchConfigsLabelSelector();

  /** Metrics bind address. */
  @WithDefault(":8080")
  String metricsAddr();

  /** Health probes bind address ({@code /healthz}, {@code /readyz}). */
  @WithDefault(":9440")
  String healthAddr();

  /** Notification-controller URL events are POSTed to; empty = Kubernetes events only. */
  Optional<String> eventsAddr();

  /** ± jitter applied to spec.interval, in percent. */
  @WithDefault("5")
  int intervalJitterPercentage();

  /** First failure backoff. */
  @WithDefault("750ms")
  String minRetryDelay();

  /** Maximum failure backoff. */
  @WithDefault("15m")
  String maxRetryDelay();

  /** Feature gates, {@code Name=true,Other=false}. */
  Optional<String> featureGates();
}
