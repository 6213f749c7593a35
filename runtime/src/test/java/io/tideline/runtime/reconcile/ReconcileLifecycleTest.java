package io.tideline.runtime.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import io.tideline.runtime.conditions.ConditionPolicy;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import io.tideline.runtime.kstatus.KstatusConformance;
import io.tideline.runtime.reconcile.ReconcileLifecycle.Completion;
import io.tideline.runtime.status.StatusPatcher;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.IntervalJitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReconcileLifecycleTest {

  static final ConditionPolicy POLICY =
      ConditionPolicy.of(List.of("FetchFailed"), List.of("ArtifactInStorage"));
  static final Summary SUCCESS = new Summary("Succeeded", "stored artifact for revision 'r1'");
  static final String T0 = "2026-01-01T00:00:00Z";

  record RecordedEvent(
      EventType type, String reason, String message, Map<String, String> metadata) {}

  /** Records events instead of writing them. */
  static final class RecordingEvents implements EventRecorder {
    final List<RecordedEvent> events = new ArrayList<>();

    @Override
    public void record(
        HasMetadata object,
        EventType type,
        String reason,
        String message,
        Map<String, String> metadata) {
      events.add(new RecordedEvent(type, reason, message, metadata));
    }
  }

  /** Records the merge patches that would be sent, skipping no-ops like the real patcher. */
  static final class RecordingStatusWriter implements StatusWriter {
    final List<String> patches = new ArrayList<>();

    @Override
    public boolean write(HasMetadata resource, Object status, StatusSnapshot before) {
      Optional<String> body = StatusPatcher.patchBody(before, status);
      body.ifPresent(patches::add);
      return body.isPresent();
    }
  }

  record FixedRandom(double value) implements RandomGenerator {
    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public double nextDouble() {
      return value;
    }
  }

  final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");
  RecordingEvents events;
  RecordingStatusWriter writer;
  FailureBackoff backoff;
  ReconcileLifecycle lifecycle;

  @BeforeEach
  void setUp() {
    events = new RecordingEvents();
    writer = new RecordingStatusWriter();
    backoff = FailureBackoff.defaults();
    lifecycle =
        new ReconcileLifecycle(
            new ReadySummarizer(),
            new IntervalJitter(5, new FixedRandom(0.5)),
            backoff,
            events,
            writer);
  }

  /** Runs begin → step effect → finish, as a reconciler does. */
  ReconcileResult reconcile(
      TestObject object, Consumer<Conditions> steps, Optional<ReconcileError> error) {
    Conditions conditions = Conditions.of(object, POLICY, clock);
    StatusSnapshot loaded = StatusSnapshot.of(object.getStatus());
    StatusSnapshot started = lifecycle.begin(object, conditions, loaded);
    steps.accept(conditions);
    return lifecycle.finish(
        object, conditions, started, new Completion(error, SUCCESS, Map.of("revision", "r1")));
  }

  static TestObject readyObject(long generation, long observed) {
    TestObject object = TestObject.named("ns", "repo", generation);
    object.getStatus().setObservedGeneration(observed);
    object
        .getStatus()
        .setConditions(
            new ArrayList<>(
                List.of(
                    new Condition(
                        "Ready",
                        ConditionStatus.True,
                        observed,
                        T0,
                        SUCCESS.reason(),
                        SUCCESS.message()),
                    new Condition(
                        "ArtifactInStorage",
                        ConditionStatus.True,
                        observed,
                        T0,
                        "Succeeded",
                        "stored"))));
    return object;
  }

  static final Consumer<Conditions> STORES =
      cs -> cs.markTrue("ArtifactInStorage", "Succeeded", "stored");

  record Case(
      String name,
      TestObject object,
      Consumer<Conditions> steps,
      Optional<ReconcileError> error,
      ConditionStatus ready,
      String readyReason,
      Optional<String> reconcilingReason,
      boolean stalled,
      long observedGeneration,
      ReconcileResult result,
      List<EventType> eventTypes,
      int statusWrites) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "first reconcile succeeds: Reconciling shown, then Ready True",
            TestObject.named("ns", "repo", 1),
            STORES,
            Optional.empty(),
            ConditionStatus.True,
            "Succeeded",
            Optional.empty(),
            false,
            1,
            ReconcileResult.requeueAfter(Duration.ofMinutes(1)),
            List.of(EventType.Normal),
            2),
        new Case(
            "no-op reconcile of a Ready object writes nothing and records no event",
            readyObject(2, 2),
            STORES,
            Optional.empty(),
            ConditionStatus.True,
            "Succeeded",
            Optional.empty(),
            false,
            2,
            ReconcileResult.requeueAfter(Duration.ofMinutes(1)),
            List.of(),
            0),
        new Case(
            "stalling error: Stalled, no Reconciling, generation observed, no requeue",
            readyObject(3, 2),
            cs -> {},
            Optional.of(new StallingError("InvalidURL", "spec.url: no scheme")),
            ConditionStatus.False,
            "InvalidURL",
            Optional.empty(),
            true,
            3,
            ReconcileResult.noRequeue(),
            List.of(EventType.Warning),
            2),
        new Case(
            "waiting error: retrying, generation not observed, fixed requeue, Normal event",
            readyObject(3, 2),
            cs -> {},
            Optional.of(
                new WaitingError(
                    "DependencyNotReady",
                    "dependency 'ns/a' is not ready",
                    Duration.ofSeconds(30))),
            ConditionStatus.False,
            "DependencyNotReady",
            Optional.of("ProgressingWithRetry"),
            false,
            2,
            ReconcileResult.requeueAfter(Duration.ofSeconds(30)),
            List.of(EventType.Normal),
            2),
        new Case(
            "generic error with the step's negative condition: Ready mirrors it, backoff, one write",
            readyObject(2, 2),
            cs -> cs.markTrue("FetchFailed", "AuthenticationFailed", "401 from https://***@h/r"),
            Optional.of(new GenericError("GitOperationFailed", "clone failed")),
            ConditionStatus.False,
            "AuthenticationFailed",
            Optional.of("ProgressingWithRetry"),
            false,
            2,
            ReconcileResult.requeueAfter(Duration.ofMillis(750)),
            List.of(EventType.Warning),
            1));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void turnsTheOutcomeIntoStatusEventsAndRequeue(Case tc) {
    ReconcileResult result = reconcile(tc.object(), tc.steps(), tc.error());

    Conditions conditions = Conditions.of(tc.object(), POLICY, clock);
    Condition ready = conditions.get("Ready").orElseThrow();
    assertThat(ready.getStatus()).isEqualTo(tc.ready());
    assertThat(ready.getReason()).isEqualTo(tc.readyReason());
    assertThat(conditions.get("Reconciling").map(Condition::getReason))
        .isEqualTo(tc.reconcilingReason());
    assertThat(conditions.isTrue("Stalled")).isEqualTo(tc.stalled());
    assertThat(tc.object().getStatus().getObservedGeneration()).isEqualTo(tc.observedGeneration());
    assertThat(result).isEqualTo(tc.result());
    assertThat(events.events)
        .extracting(RecordedEvent::type)
        .containsExactlyElementsOf(tc.eventTypes());
    assertThat(writer.patches).hasSize(tc.statusWrites());
    assertThat(KstatusConformance.check(tc.object())).isEmpty();
  }

  @Test
  void eventsCarryTheErrorReasonMessageAndMetadata() {
    reconcile(
        readyObject(2, 2),
        cs -> {},
        Optional.of(new GenericError("GitOperationFailed", "clone failed")));

    assertThat(events.events)
        .containsExactly(
            new RecordedEvent(
                EventType.Warning, "GitOperationFailed", "clone failed", Map.of("revision", "r1")));
  }

  @Test
  void backoffGrowsWithConsecutiveFailuresAndResetsOnSuccess() {
    TestObject object = readyObject(2, 2);
    Optional<ReconcileError> failure = Optional.of(new GenericError("Failed", "x"));

    assertThat(reconcile(object, cs -> {}, failure))
        .isEqualTo(ReconcileResult.requeueAfter(Duration.ofMillis(750)));
    assertThat(reconcile(object, cs -> {}, failure))
        .isEqualTo(ReconcileResult.requeueAfter(Duration.ofMillis(1500)));
    assertThat(reconcile(object, STORES, Optional.empty()))
        .isEqualTo(ReconcileResult.requeueAfter(Duration.ofMinutes(1)));
    assertThat(reconcile(object, cs -> {}, failure))
        .isEqualTo(ReconcileResult.requeueAfter(Duration.ofMillis(750)));
  }

  @Test
  void aFixedRetryIntervalReplacesBackoffForGenericErrors() {
    TestObject object = readyObject(2, 2);
    Conditions conditions = Conditions.of(object, POLICY, clock);
    StatusSnapshot started =
        lifecycle.begin(object, conditions, StatusSnapshot.of(object.getStatus()));

    ReconcileResult result =
        lifecycle.finish(
            object,
            conditions,
            started,
            new Completion(
                    Optional.of(new GenericError("BuildFailed", "bad kustomization.yaml")),
                    SUCCESS,
                    Map.of())
                .retryingAfter(Duration.ofMinutes(2)));

    assertThat(result).isEqualTo(ReconcileResult.requeueAfter(Duration.ofMinutes(2)));
    assertThat(backoff.failures(ReconcileLifecycle.backoffKey(object))).isZero();
    assertThat(conditions.get("Reconciling").map(Condition::getReason))
        .contains("ProgressingWithRetry");
  }

  @Test
  void recoveryFromFailureRemovesReconcilingAndRecordsReadyAgain() {
    TestObject object = readyObject(2, 2);
    reconcile(
        object,
        cs -> cs.markTrue("FetchFailed", "Timeout", "t"),
        Optional.of(new GenericError("Timeout", "t")));

    reconcile(
        object,
        cs -> {
          cs.delete("FetchFailed");
          STORES.accept(cs);
        },
        Optional.empty());

    Conditions conditions = Conditions.of(object, POLICY, clock);
    assertThat(conditions.isTrue("Ready")).isTrue();
    assertThat(conditions.get("Reconciling")).isEmpty();
    assertThat(conditions.get("FetchFailed")).isEmpty();
    assertThat(events.events)
        .extracting(RecordedEvent::type)
        .containsExactly(EventType.Warning, EventType.Normal);
  }

  @Test
  void recordsTheHandledReconcileRequest() {
    TestObject object = readyObject(2, 2);
    object.getMetadata().setAnnotations(Map.of("reconcile.fluxcd.io/requestedAt", "now-1"));

    reconcile(object, STORES, Optional.empty());

    assertThat(object.getStatus().getLastHandledReconcileAt()).isEqualTo("now-1");
    assertThat(writer.patches)
        .containsExactly("{\"status\":{\"lastHandledReconcileAt\":\"now-1\"}}");
  }
}
