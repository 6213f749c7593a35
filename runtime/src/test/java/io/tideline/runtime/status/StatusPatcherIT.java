package io.tideline.runtime.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import io.tideline.runtime.conditions.ConditionPolicy;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.kstatus.KstatusConformance;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status patcher against a real API server, on the GitRepository CRD. */
@KubeApiServerTest
class StatusPatcherIT {

  static final ConditionPolicy POLICY =
      ConditionPolicy.of(List.of("FetchFailed"), List.of("ArtifactInStorage"));

  final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");

  TestObject create(KubernetesClient client, TestNamespace ns, String name) {
    return client.resource(TestObject.named(ns.name(), name, 1)).create();
  }

  TestObject reload(KubernetesClient client, TestObject object) {
    return client.resource(object).get();
  }

  @Test
  void conditionsSurviveARoundTripInOrderWithTheirTimes(KubernetesClient client, TestNamespace ns) {
    TestObject object = create(client, ns, "round-trip");
    StatusSnapshot before = StatusSnapshot.of(object.getStatus());
    Conditions conditions = Conditions.of(object, POLICY, clock);
    conditions.markTrue(
        "ArtifactInStorage", "Succeeded", "stored artifact for revision 'main@sha1:abc'");
    conditions.markTrue(
        "FetchFailed", "AuthenticationFailed", "401 from https://***@example.com/repo.git");
    conditions.markReconciling("ProgressingWithRetry", "retrying");
    conditions.markFalse("Ready", "AuthenticationFailed", "401");
    object.getStatus().setLastHandledReconcileAt("2026-11-21T09:59:59.123456789Z");
    List<Condition> written =
        conditions.status().getConditions().stream().map(Condition::copy).toList();

    boolean patched = new StatusPatcher(client).write(object, object.getStatus(), before);

    assertThat(patched).isTrue();
    TestObject stored = reload(client, object);
    assertThat(stored.getStatus().getConditions()).containsExactlyElementsOf(written);
    assertThat(stored.getStatus().getConditions())
        .extracting(Condition::getType)
        .containsExactly("Reconciling", "Ready", "ArtifactInStorage", "FetchFailed");
    assertThat(stored.getStatus().getConditions())
        .allSatisfy(c -> assertThat(c.getLastTransitionTime()).isEqualTo("2026-11-21T10:00:00Z"));
    assertThat(stored.getStatus().getLastHandledReconcileAt())
        .isEqualTo("2026-11-21T09:59:59.123456789Z");
    assertThat(KstatusConformance.check(stored)).isEmpty();
  }

  @Test
  void unchangedStatusMakesNoRequestAndLeavesResourceVersionAlone(
      KubernetesClient client, TestNamespace ns) {
    TestObject object = create(client, ns, "no-op");
    StatusSnapshot initial = StatusSnapshot.of(object.getStatus());
    Conditions.of(object, POLICY, clock).markTrue("Ready", "Succeeded", "ok");
    object.getStatus().setObservedGeneration(1L);
    StatusPatcher patcher = new StatusPatcher(client);
    assertThat(patcher.write(object, object.getStatus(), initial)).isTrue();

    TestObject stored = reload(client, object);
    String resourceVersion = stored.getMetadata().getResourceVersion();
    StatusSnapshot loaded = StatusSnapshot.of(stored.getStatus());
    Conditions.of(stored, POLICY, clock).markTrue("Ready", "Succeeded", "ok");
    stored.getStatus().setObservedGeneration(1L);

    assertThat(patcher.write(stored, stored.getStatus(), loaded)).isFalse();
    assertThat(reload(client, object).getMetadata().getResourceVersion())
        .isEqualTo(resourceVersion);
    assertThat(KstatusConformance.check(reload(client, object))).isEmpty();
  }

  @Test
  void anObjectDeletedMeanwhileIsNotAnError(KubernetesClient client, TestNamespace ns) {
    TestObject object = create(client, ns, "deleted");
    StatusSnapshot before = StatusSnapshot.of(object.getStatus());
    Conditions.of(object, POLICY, clock).markTrue("Ready", "Succeeded", "ok");
    client.resource(object).delete();
    await().atMost(Duration.ofSeconds(10)).until(() -> client.resource(object).get() == null);

    assertThat(new StatusPatcher(client).write(object, object.getStatus(), before)).isFalse();
  }

  @Test
  void fieldsTheControllerDidNotTouchAreKept(KubernetesClient client, TestNamespace ns) {
    TestObject object = create(client, ns, "merge");
    client
        .genericKubernetesResources("source.toolkit.fluxcd.io/v1", "GitRepository")
        .inNamespace(ns.name())
        .withName("merge")
        .subresource("status")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"status\":{\"artifact\":{\"path\":\"p.tar.gz\",\"url\":\"http://x/p.tar.gz\","
                + "\"revision\":\"main@sha1:abc\",\"digest\":\"sha256:00\","
                + "\"lastUpdateTime\":\"2026-11-21T10:00:00Z\"}}}");
    TestObject loaded = reload(client, object);
    StatusSnapshot before = StatusSnapshot.of(loaded.getStatus());
    Conditions.of(loaded, POLICY, clock).markTrue("Ready", "Succeeded", "ok");
    loaded.getStatus().setObservedGeneration(1L);

    assertThat(new StatusPatcher(client).write(loaded, loaded.getStatus(), before)).isTrue();

    GenericKubernetesResource raw =
        client
            .genericKubernetesResources("source.toolkit.fluxcd.io/v1", "GitRepository")
            .inNamespace(ns.name())
            .withName("merge")
            .get();
    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) raw.getAdditionalProperties().get("status");
    assertThat(status).containsKey("artifact").containsEntry("observedGeneration", 1);
    assertThat(reload(client, object).getStatus().getConditions())
        .extracting(Condition::getType, Condition::getStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ready", ConditionStatus.True));
  }
}
