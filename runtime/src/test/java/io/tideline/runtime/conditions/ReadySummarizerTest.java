package io.tideline.runtime.conditions;

import static io.tideline.api.meta.ConditionStatus.False;
import static io.tideline.api.meta.ConditionStatus.True;
import static io.tideline.api.meta.ConditionStatus.Unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReadySummarizerTest {

  static final ConditionPolicy POLICY =
      ConditionPolicy.of(
          List.of("FetchFailed", "ArtifactOutdated", "BuildFailed"), List.of("ArtifactInStorage"));
  static final Summary SUCCESS =
      new Summary("Succeeded", "stored artifact for revision 'main@sha1:abc'");

  record Case(
      String name,
      List<Condition> conditions,
      Optional<Summary> failure,
      ConditionStatus readyStatus,
      String readyReason,
      String readyMessage) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Condition c(String type, ConditionStatus status, String reason, String message) {
    return new Condition(type, status, 1L, "2026-01-01T00:00:00Z", reason, message);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "nothing wrong → Ready True with the success summary",
            List.of(c("ArtifactInStorage", True, "Succeeded", "stored")),
            Optional.empty(),
            True,
            "Succeeded",
            SUCCESS.message()),
        new Case(
            "a negative condition True → Ready False mirroring it",
            List.of(c("BuildFailed", True, "BuildFailed", "kustomize build failed")),
            Optional.empty(),
            False,
            "BuildFailed",
            "kustomize build failed"),
        new Case(
            "the highest-priority negative condition wins",
            List.of(
                c("BuildFailed", True, "BuildFailed", "build"),
                c("FetchFailed", True, "AuthenticationFailed", "auth")),
            Optional.empty(),
            False,
            "AuthenticationFailed",
            "auth"),
        new Case(
            "Stalled outranks every other negative condition",
            List.of(
                c("Stalled", True, "InvalidURL", "bad url"),
                c("FetchFailed", True, "AuthenticationFailed", "auth")),
            Optional.empty(),
            False,
            "InvalidURL",
            "bad url"),
        new Case(
            "a negative condition outranks the raw failure",
            List.of(c("FetchFailed", True, "AuthenticationFailed", "auth")),
            Optional.of(new Summary("GitOperationFailed", "clone failed")),
            False,
            "AuthenticationFailed",
            "auth"),
        new Case(
            "a failure with no negative condition → Ready False with the failure",
            List.of(),
            Optional.of(new Summary("DependencyNotReady", "dependency 'ns/a' is not ready")),
            False,
            "DependencyNotReady",
            "dependency 'ns/a' is not ready"),
        new Case(
            "Reconciling True and nothing wrong → Ready Unknown mirroring Reconciling",
            List.of(
                c("Reconciling", True, "Progressing", "processing object: new generation 1 -> 2")),
            Optional.empty(),
            Unknown,
            "Progressing",
            "processing object: new generation 1 -> 2"),
        new Case(
            "negative conditions not owned by the kind are ignored",
            List.of(c("SomethingElse", True, "X", "y")),
            Optional.empty(),
            True,
            "Succeeded",
            SUCCESS.message()),
        new Case(
            "a previous Ready is overwritten, never trusted",
            List.of(c("Ready", True, "Succeeded", "old"), c("FetchFailed", True, "Timeout", "t")),
            Optional.empty(),
            False,
            "Timeout",
            "t"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void derivesReady(Case tc) {
    ObservedStatus status = new ObservedStatus();
    status.setConditions(tc.conditions().stream().map(Condition::copy).toList());
    Conditions conditions =
        new Conditions(
            status,
            1,
            POLICY,
            MutableClock.at("2026-11-21T10:00:00Z"),
            ConditionMessages.defaults());

    new ReadySummarizer().summarize(conditions, SUCCESS, tc.failure());

    Condition ready = conditions.get("Ready").orElseThrow();
    assertThat(ready.getStatus()).isEqualTo(tc.readyStatus());
    assertThat(ready.getReason()).isEqualTo(tc.readyReason());
    assertThat(ready.getMessage()).isEqualTo(tc.readyMessage());
    assertThat(ready.getObservedGeneration()).isEqualTo(1L);
    assertThat(status.getConditions().get(0).getType()).isIn("Stalled", "Reconciling", "Ready");
  }
}
