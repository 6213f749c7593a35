package io.tideline.controller.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaderElectionTest {

  private static final LeaderElection FLUX_DEFAULTS =
      new LeaderElection(
          true, Duration.ofSeconds(35), Duration.ofSeconds(30), Duration.ofSeconds(5));

  @Test
  void leaseIsNamedAfterTheControllerAndTheShardSelector() {
    assertThat(LeaderElection.leaseName("kustomize-controller", ""))
        .isEqualTo("kustomize-controller-leader-election");
    // the first 8 hex digits of sha256("sharding.fluxcd.io/key in (shard1)")
    assertThat(
            LeaderElection.leaseName("kustomize-controller", "sharding.fluxcd.io/key in (shard1)"))
        .isEqualTo("kustomize-controller-leader-election-7ee98f29");
  }

  @Test
  void configurationCarriesTheFlagsNamespaceAndAUniqueIdentity() {
    LeaderElectionConfiguration config =
        FLUX_DEFAULTS.configuration("source-controller", "", "flux-system", "pod-1").orElseThrow();

    assertThat(config.getLeaseName()).isEqualTo("source-controller-leader-election");
    assertThat(config.getLeaseNamespace()).contains("flux-system");
    assertThat(config.getLeaseDuration()).isEqualTo(Duration.ofSeconds(35));
    assertThat(config.getRenewDeadline()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.getRetryPeriod()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.getIdentity()).hasValueSatisfying(id -> assertThat(id).startsWith("pod-1_"));
  }

  @Test
  void withoutAKnownNamespaceTheLeaseGoesToDefault() {
    assertThat(
            FLUX_DEFAULTS
                .configuration("source-controller", "", null, "pod-1")
                .flatMap(LeaderElectionConfiguration::getLeaseNamespace))
        .contains("default");
  }

  @Test
  void disabledGivesNoConfiguration() {
    LeaderElection off =
        new LeaderElection(
            false, Duration.ofSeconds(35), Duration.ofSeconds(30), Duration.ofSeconds(5));

    assertThat(off.configuration("source-controller", "", "flux-system", "pod-1")).isEmpty();
  }
}
