package io.tideline.controller.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeatureGatesTest {

  @Test
  void namedGatesOverrideTheDefaults() {
    FeatureGates gates =
        FeatureGates.parse(
            Optional.of("DisableConfigWatchers=true, StrictPostBuildSubstitutions=false"));

    assertThat(gates.enabled("DisableConfigWatchers", false)).isTrue();
    assertThat(gates.enabled("StrictPostBuildSubstitutions", true)).isFalse();
    assertThat(gates.enabled("CacheSecretsAndConfigMaps", false)).isFalse();
    assertThat(gates.enabled("CacheSecretsAndConfigMaps", true)).isTrue();
  }

  @Test
  void absentOrEmptyValueKeepsEveryDefault() {
    assertThat(FeatureGates.parse(Optional.empty()).gates()).isEmpty();
    assertThat(FeatureGates.parse(Optional.of("")).gates()).isEmpty();
  }
}
