package io.tideline.runtime.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionPolicyTest {

  @Test
  void reconcilingAndStalledAreAlwaysOwnedNegativeAndFirst() {
    ConditionPolicy policy =
        ConditionPolicy.of(List.of("FetchFailed"), List.of("ArtifactInStorage"));

    assertThat(policy.owned())
        .containsExactly("Stalled", "Reconciling", "FetchFailed", "ArtifactInStorage");
    assertThat(policy.negativeInPriorityOrder())
        .containsExactly("Stalled", "Reconciling", "FetchFailed");
    assertThat(policy.isNegative("ArtifactInStorage")).isFalse();
  }

  @Test
  void rejectsNegativeTypesThatAreNotOwned() {
    assertThatThrownBy(() -> new ConditionPolicy(List.of("A"), Set.of("B")))
        .hasMessageContaining("negative condition B");
  }

  @Test
  void rejectsOwningReady() {
    assertThatThrownBy(() -> new ConditionPolicy(List.of("Ready"), Set.of()))
        .hasMessageContaining("Ready is derived");
  }
}
