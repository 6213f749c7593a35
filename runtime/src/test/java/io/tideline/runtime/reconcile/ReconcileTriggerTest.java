package io.tideline.runtime.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tideline.runtime.TestObject;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReconcileTriggerTest {

  static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";

  record Case(
      String name,
      long oldGeneration,
      Map<String, String> oldAnnotations,
      long newGeneration,
      Map<String, String> newAnnotations,
      boolean reconcile) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("spec change bumps generation", 1, Map.of(), 2, Map.of(), true),
        new Case("status-only update", 2, Map.of(), 2, Map.of(), false),
        new Case("label/annotation edit", 2, Map.of(), 2, Map.of("team", "a"), false),
        new Case("requestedAt appears", 2, Map.of(), 2, Map.of(REQUESTED_AT, "t1"), true),
        new Case(
            "requestedAt changes",
            2,
            Map.of(REQUESTED_AT, "t1"),
            2,
            Map.of(REQUESTED_AT, "t2"),
            true),
        new Case(
            "requestedAt unchanged",
            2,
            Map.of(REQUESTED_AT, "t1"),
            2,
            Map.of(REQUESTED_AT, "t1", "x", "y"),
            false),
        new Case("requestedAt removed", 2, Map.of(REQUESTED_AT, "t1"), 2, Map.of(), false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void triggersOnGenerationOrRequestedAt(Case tc) {
    TestObject before = TestObject.named("ns", "a", tc.oldGeneration());
    before.getMetadata().setAnnotations(tc.oldAnnotations());
    TestObject after = TestObject.named("ns", "a", tc.newGeneration());
    after.getMetadata().setAnnotations(tc.newAnnotations());

    assertThat(ReconcileTrigger.shouldReconcile(before, after)).isEqualTo(tc.reconcile());
  }

  @Test
  void recordsTheHandledToken() {
    TestObject object = TestObject.named("ns", "a", 1);
    object.getMetadata().setAnnotations(Map.of(REQUESTED_AT, "2026-11-21T10:00:00.123456789Z"));

    ReconcileTrigger.recordHandled(object);

    assertThat(object.getStatus().getLastHandledReconcileAt())
        .isEqualTo("2026-11-21T10:00:00.123456789Z");
  }

  @Test
  void leavesStatusAloneWithoutToken() {
    TestObject object = TestObject.named("ns", "a", 1);
    ReconcileTrigger.recordHandled(object);
    assertThat(object.getStatus().getLastHandledReconcileAt()).isNull();
  }
}
