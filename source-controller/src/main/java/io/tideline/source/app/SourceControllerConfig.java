package io.tideline.source.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tideline.controller.leader.LeaderElectionFlags;
import java.util.Optional;

/**
 * source-controller settings, keyed like Flux's flags ({@code --storage-path} → {@code
 * source-controller.storage-path}); {@link SourceControllerFlags} maps the command line onto these
 * keys. Durations are Go duration strings.
 */
@ConfigMapping(prefix = "source-controller")
public interface SourceControllerConfig extends LeaderElectionFlags {

  /** Artifact root folder. */
  @WithDefault("/data")
  String storagePath();

  /** File server bind address. */
  @WithDefault(":9090")
  String storageAddr();

  /** Host (or {@code http(s)://} prefix) advertised in artifact URLs; empty = from storage-addr. */
  Optional<String> storageAdvAddr();

  /** Older artifacts are removed once older than this. */
  @WithDefault("60s")
  String artifactRetentionTtl();

  /** Artifacts kept per object. */
  @WithDefault("2")
  int artifactRetentionRecords();

  /** Digest algorithm for artifacts. */
  @WithDefault("sha256")
  String artifactDigestAlgo();

  /** Parallel reconciles. */
  @WithDefault("2")
  int concurrent();

  /** Retry delay while an included repository has no artifact. */
  @WithDefault("30s")
  String requeueDependency();

  /** Watch every namespace (false: only the controller's namespace). */
  @WithDefault("true")
  boolean watchAllNamespaces();

  /** Label selector restricting the watched objects. */
  Optional<String> watchLabelSelector();

  /** Metrics bind address. */
  @WithDefault(":8080")
  String metricsAddr();

  /** Health probes bind address ({@code /healthz}, {@code /readyz}). */
  @WithDefault(":9440")
  String healthAddr();

  /**
   * Notification-controller URL events are POSTed to; empty = Kubernetes events only. Defaults to
   * the environment variable {@code EVENTS_ADDR}, as in Flux; the flag wins, even when empty.
   */
  @WithDefault("${EVENTS_ADDR:}")
  Optional<String> eventsAddr();

  /** Log level. */
  @WithDefault("info")
  String logLevel();

  /** Log encoding. */
  @WithDefault("json")
  String logEncoding();

  /** ± jitter applied to spec.interval, in percent. */
  @WithDefault("5")
  int intervalJitterPercentage();

  /** First failure backoff. */
  @WithDefault("750ms")
  String minRetryDelay();

  /** Maximum failure backoff. */
  @WithDefault("15m")
  String maxRetryDelay();
}
