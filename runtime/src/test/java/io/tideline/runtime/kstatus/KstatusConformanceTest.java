package io.tideline.runtime.kstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.runtime.TestObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KstatusConformanceTest {

  record Case(String fixture, List<String> violations) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("flux-ready", List.of()),
        new Case("flux-not-ready", List.of()),
        new Case("flux-reconciling", List.of()),
        new Case("flux-stalled", List.of()),
        new Case("flux-never-reconciled", List.of()),
        new Case(
            "flux-generation-not-observed",
            List.of("Ready=True but status.observedGeneration 2 != metadata.generation 3")),
        new Case(
            "conformance-reconciling-and-stalled",
            List.of("Reconciling and Stalled are both True")),
        new Case(
            "conformance-no-ready", List.of("Ready condition missing after the first reconcile")),
        new Case(
            "conformance-stalled-false",
            List.of(
                "Stalled is False (abnormal conditions must be deleted, not set False/Unknown)")),
        new Case(
            "conformance-observed-ahead",
            List.of("status.observedGeneration 4 is ahead of metadata.generation 3")),
        new Case("conformance-duplicate", List.of("duplicate condition types")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsContractViolations(Case tc) {
    Map<String, Object> object = KstatusEvaluatorTest.load(tc.fixture());

    List<String> violations = KstatusConformance.check(object);

    assertThat(violations).hasSize(tc.violations().size());
    for (int i = 0; i < violations.size(); i++) {
      assertThat(violations.get(i))
          .startsWith("Kustomization flux-system/podinfo: ")
          .endsWith(tc.violations().get(i));
    }
  }

  @Test
  void assertConformantThrowsWithEveryViolation() {
    TestObject object = TestObject.named("ns", "a", 1);
    object.getStatus().setObservedGeneration(1L);

    assertThatThrownBy(() -> KstatusConformance.assertConformant(object))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GitRepository ns/a: Ready condition missing");
  }
}
