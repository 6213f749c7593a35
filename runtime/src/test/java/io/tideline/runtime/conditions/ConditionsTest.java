package io.tideline.runtime.conditions;

import static io.tideline.api.meta.ConditionStatus.False;
import static io.tideline.api.meta.ConditionStatus.True;
import static io.tideline.api.meta.ConditionStatus.Unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.runtime.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionsTest {

  static final String OLD = "2026-01-01T00:00:00Z";
  static final String NOW = "2026-11-21T10:00:00Z";
  static final ConditionPolicy POLICY =
      ConditionPolicy.of(List.of("FetchFailed", "BuildFailed"), List.of("ArtifactInStorage"));

  record Case(
      String name, List<Condition> before, Consumer<Conditions> action, List<Condition> after) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Condition c(
      String type, ConditionStatus status, String reason, String message, long gen, String ltt) {
    return new Condition(type, status, gen, ltt, reason, message);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "new condition gets now, the generation and the message",
            List.of(),
            cs -> cs.markTrue("ArtifactInStorage", "Succeeded", "stored"),
            List.of(c("ArtifactInStorage", True, "Succeeded", "stored", 3, NOW))),
        new Case(
            "unchanged status/reason/message keeps lastTransitionTime, refreshes generation",
            List.of(c("ArtifactInStorage", True, "Succeeded", "stored", 1, OLD)),
            cs -> cs.markTrue("ArtifactInStorage", "Succeeded", "stored"),
            List.of(c("ArtifactInStorage", True, "Succeeded", "stored", 3, OLD))),
        new Case(
            "changed message moves lastTransitionTime",
            List.of(c("ArtifactInStorage", True, "Succeeded", "stored a", 3, OLD)),
            cs -> cs.markTrue("ArtifactInStorage", "Succeeded", "stored b"),
            List.of(c("ArtifactInStorage", True, "Succeeded", "stored b", 3, NOW))),
        new Case(
            "changed reason moves lastTransitionTime",
            List.of(c("ArtifactInStorage", Unknown, "Progressing", "x", 3, OLD)),
            cs -> cs.markUnknown("ArtifactInStorage", "Other", "x"),
            List.of(c("ArtifactInStorage", Unknown, "Other", "x", 3, NOW))),
        new Case(
            "changed status moves lastTransitionTime",
            List.of(c("ArtifactInStorage", True, "Succeeded", "x", 3, OLD)),
            cs -> cs.markFalse("ArtifactInStorage", "Succeeded", "x"),
            List.of(c("ArtifactInStorage", False, "Succeeded", "x", 3, NOW))),
        new Case(
            "negative condition set False is deleted",
            List.of(c("FetchFailed", True, "AuthenticationFailed", "denied", 2, OLD)),
            cs -> cs.markFalse("FetchFailed", "Succeeded", "ok"),
            List.of()),
        new Case(
            "Reconciling set False is deleted",
            List.of(c("Reconciling", True, "Progressing", "working", 2, OLD)),
            cs -> cs.markFalse("Reconciling", "Done", "done"),
            List.of()),
        new Case(
            "marking Stalled removes Reconciling",
            List.of(c("Reconciling", True, "Progressing", "working", 2, OLD)),
            cs -> cs.markStalled("InvalidURL", "bad url"),
            List.of(c("Stalled", True, "InvalidURL", "bad url", 3, NOW))),
        new Case(
            "marking Reconciling removes Stalled",
            List.of(c("Stalled", True, "InvalidURL", "bad url", 2, OLD)),
            cs -> cs.markReconciling("Progressing", "new generation"),
            List.of(c("Reconciling", True, "Progressing", "new generation", 3, NOW))),
        new Case(
            "setting Stalled True through set() also removes Reconciling",
            List.of(c("Reconciling", True, "Progressing", "working", 2, OLD)),
            cs -> cs.set("Stalled", True, "InvalidURL", "bad url"),
            List.of(c("Stalled", True, "InvalidURL", "bad url", 3, NOW))),
        new Case(
            "delete removes only the named condition",
            List.of(
                c("Ready", True, "Succeeded", "ok", 3, OLD),
                c("FetchFailed", True, "X", "y", 3, OLD)),
            cs -> cs.delete("FetchFailed"),
            List.of(c("Ready", True, "Succeeded", "ok", 3, OLD))),
        new Case(
            "order: Stalled, Reconciling, Ready, then generation desc, then type",
            List.of(
                c("Zeta", True, "R", "m", 3, OLD),
                c("Alpha", True, "R", "m", 1, OLD),
                c("Ready", False, "R", "m", 3, OLD),
                c("Beta", True, "R", "m", 3, OLD),
                c("Reconciling", True, "R", "m", 3, OLD)),
            cs -> cs.markTrue("ArtifactInStorage", "Succeeded", "stored"),
            List.of(
                c("Reconciling", True, "R", "m", 3, OLD),
                c("Ready", False, "R", "m", 3, OLD),
                c("ArtifactInStorage", True, "Succeeded", "stored", 3, NOW),
                c("Beta", True, "R", "m", 3, OLD),
                c("Zeta", True, "R", "m", 3, OLD),
                c("Alpha", True, "R", "m", 1, OLD))),
        new Case(
            "message is stripped of surrounding whitespace",
            List.of(),
            cs -> cs.markTrue("Healthy", "Succeeded", "  all good\n"),
            List.of(c("Healthy", True, "Succeeded", "all good", 3, NOW))));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void appliesFluxSemantics(Case tc) {
    ObservedStatus status = new ObservedStatus();
    status.setConditions(tc.before().stream().map(Condition::copy).toList());
    Conditions conditions =
        new Conditions(
            status,
            3,
            POLICY,
            MutableClock.at("2026-11-21T10:00:00.750Z"),
            ConditionMessages.defaults());

    tc.action().accept(conditions);

    assertThat(status.getConditions()).containsExactlyElementsOf(tc.after());
  }

  @Test
  void readsConditions() {
    ObservedStatus status = new ObservedStatus();
    status.setConditions(
        new ArrayList<>(
            List.of(
                c("Ready", True, "Succeeded", "ok", 1, OLD),
                c("Healthy", False, "Failed", "no", 1, OLD))));
    Conditions conditions =
        new Conditions(status, 1, POLICY, MutableClock.at(NOW), ConditionMessages.defaults());

    assertThat(conditions.isTrue("Ready")).isTrue();
    assertThat(conditions.isFalse("Healthy")).isTrue();
    assertThat(conditions.isUnknown("Missing")).isTrue();
    assertThat(conditions.get("Ready")).map(Condition::getMessage).contains("ok");
    assertThat(conditions.get("Missing")).isEmpty();
  }
}
