package io.tideline.controller.leader;

import io.smallrye.config.WithDefault;

/**
 * The {@code --enable-leader-election} and {@code --leader-election-*} flags with Flux's defaults,
 * as a part every controller's {@code @ConfigMapping} extends.
 */
public interface LeaderElectionFlags {

  /** Lease-based leader election. */
  @WithDefault("false")
  boolean enableLeaderElection();

  /** Lease duration for leader election. */
  @WithDefault("35s")
  String leaderElectionLeaseDuration();

  /** Renew deadline for leader election. */
  @WithDefault("30s")
  String leaderElectionRenewDeadline();

  /** Retry period for leader election. */
  @WithDefault("5s")
  String leaderElectionRetryPeriod();
}
