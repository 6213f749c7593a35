package io.tideline.runtime.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import io.tideline.runtime.conditions.ConditionPolicy;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import io.tideline.runtime.events.CoreEventFactory;
import io.tideline.runtime.events.KubernetesEventRecorder;
import io.tideline.runtime.kstatus.KstatusConformance;
import io.tideline.runtime.kstatus.KstatusEvaluator;
import io.tideline.runtime.kstatus.ResourceStatus;
import io.tideline.runtime.reconcile.ReconcileLifecycle.Completion;
import io.tideline.runtime.status.StatusPatcher;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.IntervalJitter;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** begin → steps → finish against a real API server: what a user sees with kubectl and kstatus. */
@KubeApiServerTest
class ReconcileLifecycleIT {

  static final ConditionPolicy POLICY =
      ConditionPolicy.of(List.of("FetchFailed"), List.of("ArtifactInStorage"));
  static final Summary SUCCESS =
      new Summary("Succeeded", "stored artifact for revision 'main@sha1:abc'");

  final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");

  ReconcileLifecycle lifecycle(KubernetesClient client) {
    return new ReconcileLifecycle(
        new ReadySummarizer(),
        IntervalJitter.withPercentage(5),
        FailureBackoff.defaults(),
        new KubernetesEventRecorder(
            client, new CoreEventFactory("source-controller", "pod-0", clock), 64),
        new StatusPatcher(client));
  }

  /** One reconcile of the live object, with the given step outcome. */
  ReconcileResult reconcile(
      KubernetesClient client,
      ReconcileLifecycle lifecycle,
      TestNamespace ns,
      String name,
      Optional<ReconcileError> error) {
    TestObject object =
        client.resources(TestObject.class).inNamespace(ns.name()).withName(name).get();
    Conditions conditions = Conditions.of(object, POLICY, clock);
    StatusSnapshot started =
        lifecycle.begin(object, conditions, StatusSnapshot.of(object.getStatus()));
    if (error.isPresent()) {
      conditions.markTrue("FetchFailed", error.get().reason(), error.get().getMessage());
    } else {
      conditions.delete("FetchFailed");
      conditions.markTrue("ArtifactInStorage", "Succeeded", "stored artifact");
    }
    return lifecycle.finish(
        object,
        conditions,
        started,
        new Completion(error, SUCCESS, Map.of("revision", "main@sha1:abc")));
  }

  TestObject live(KubernetesClient client, TestNamespace ns, String name) {
    return client.resources(TestObject.class).inNamespace(ns.name()).withName(name).get();
  }

  @Test
  void successThenNoOpThenFailureThenRecovery(KubernetesClient client, TestNamespace ns) {
    client.resource(TestObject.named(ns.name(), "repo", 1)).create();
    ReconcileLifecycle lifecycle = lifecycle(client);

    reconcile(client, lifecycle, ns, "repo", Optional.empty());
    TestObject ready = live(client, ns, "repo");
    assertThat(KstatusEvaluator.compute(ready).status()).isEqualTo(ResourceStatus.Current);
    assertThat(ready.getStatus().getObservedGeneration()).isEqualTo(1L);
    KstatusConformance.assertConformant(ready);

    reconcile(client, lifecycle, ns, "repo", Optional.empty());
    assertThat(live(client, ns, "repo").getMetadata().getResourceVersion())
        .as("a no-op reconcile writes nothing")
        .isEqualTo(ready.getMetadata().getResourceVersion());

    reconcile(
        client,
        lifecycle,
        ns,
        "repo",
        Optional.of(new GenericError("AuthenticationFailed", "401 Unauthorized")));
    TestObject failing = live(client, ns, "repo");
    assertThat(readyCondition(failing).getStatus()).isEqualTo(ConditionStatus.False);
    assertThat(readyCondition(failing).getReason()).isEqualTo("AuthenticationFailed");
    assertThat(KstatusEvaluator.compute(failing).status()).isEqualTo(ResourceStatus.InProgress);
    KstatusConformance.assertConformant(failing);

    reconcile(client, lifecycle, ns, "repo", Optional.empty());
    TestObject recovered = live(client, ns, "repo");
    assertThat(KstatusEvaluator.compute(recovered).status()).isEqualTo(ResourceStatus.Current);
    assertThat(recovered.getStatus().getConditions())
        .extracting(Condition::getType)
        .containsExactly("Ready", "ArtifactInStorage");
    KstatusConformance.assertConformant(recovered);

    List<Event> events = client.v1().events().inNamespace(ns.name()).list().getItems();
    assertThat(events)
        .extracting(Event::getType, Event::getReason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Normal", "Succeeded"),
            org.assertj.core.groups.Tuple.tuple("Warning", "AuthenticationFailed"));
    assertThat(events)
        .filteredOn(e -> e.getReason().equals("Succeeded"))
        .singleElement()
        .satisfies(e -> assertThat(e.getCount()).isEqualTo(2));
  }

  @Test
  void stallingStopsRequeuesAndIsReportedAsFailed(KubernetesClient client, TestNamespace ns) {
    client.resource(TestObject.named(ns.name(), "bad", 1)).create();

    ReconcileResult result =
        reconcile(
            client,
            lifecycle(client),
            ns,
            "bad",
            Optional.of(new StallingError("InvalidURL", "spec.url: no scheme")));

    TestObject stalled = live(client, ns, "bad");
    assertThat(result).isEqualTo(ReconcileResult.noRequeue());
    assertThat(KstatusEvaluator.compute(stalled).status()).isEqualTo(ResourceStatus.Failed);
    assertThat(KstatusEvaluator.compute(stalled).message()).isEqualTo("spec.url: no scheme");
    KstatusConformance.assertConformant(stalled);
  }

  static Condition readyCondition(TestObject object) {
    return object.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals("Ready"))
        .findFirst()
        .orElseThrow();
  }
}
