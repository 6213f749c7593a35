package io.tideline.controller.leader;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.tideline.runtime.timing.GoDuration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Flux's {@code --enable-leader-election} and {@code --leader-election-*} flags as the Operator
 * SDK's lease configuration: the lease is {@code <controller>-leader-election} (with {@code -<8 hex
 * of sha256(selector)>} appended when {@code --watch-label-selector} shards the controller, so each
 * shard elects its own leader), in the controller's namespace, held by {@code <hostname>_<uuid>}.
 *
 * @param enabled {@code --enable-leader-election}
 * @param leaseDuration {@code --leader-election-lease-duration}
 * @param renewDeadline {@code --leader-election-renew-deadline}
 * @param retryPeriod {@code --leader-election-retry-period}
 */
public record LeaderElection(
    boolean enabled, Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {

  /** The settings the flags ask for. */
  public static LeaderElection from(LeaderElectionFlags flags) {
    return new LeaderElection(
        flags.enableLeaderElection(),
        GoDuration.parse(flags.leaderElectionLeaseDuration()),
        GoDuration.parse(flags.leaderElectionRenewDeadline()),
        GoDuration.parse(flags.leaderElectionRetryPeriod()));
  }

  /** The lease name Flux uses for {@code controller} under {@code watchLabelSelector}. */
  public static String leaseName(String controller, String watchLabelSelector) {
    String base = controller + "-leader-election";
    if (watchLabelSelector == null || watchLabelSelector.isEmpty()) {
      return base;
    }
    return base + "-" + sha256Hex(watchLabelSelector).substring(0, 8);
  }

  /**
   * The SDK configuration, empty when leader election is off.
   *
   * @param namespace where the lease lives: {@code RUNTIME_NAMESPACE}, else the client's namespace;
   *     {@code default} when neither is known (a kubeconfig without a namespace)
   */
  public Optional<LeaderElectionConfiguration> configuration(
      String controller, String watchLabelSelector, String namespace, String hostname) {
    if (!enabled) {
      return Optional.empty();
    }
    return Optional.of(
        LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(
                leaseName(controller, watchLabelSelector))
            .withLeaseNamespace(namespace == null || namespace.isEmpty() ? "default" : namespace)
            .withIdentity(hostname + "_" + UUID.randomUUID())
            .withLeaseDuration(leaseDuration)
            .withRenewDeadline(renewDeadline)
            .withRetryPeriod(retryPeriod)
            .build());
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
