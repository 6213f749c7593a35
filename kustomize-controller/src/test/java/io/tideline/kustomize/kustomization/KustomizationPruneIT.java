package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ResourceRef;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import org.junit.jupiter.api.Test;

/** Garbage collection of objects removed from the source, and deletion policies. */
@KubeApiServerTest
class KustomizationPruneIT {

  private static final String V1 = "1111111111111111111111111111111111111111";
  private static final String V2 = "2222222222222222222222222222222222222222";

  @Test
  void objectsRemovedFromTheSourceArePrunedUnlessDisabled(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("gc", "./", ""));
      harness.reconcile(ns.name(), "gc");
      assertThat(harness.get(ns.name(), "gc").getStatus().getInventory().getEntries()).hasSize(3);

      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v2", V2));
      harness.reconcile(ns.name(), "gc");

      var ks = harness.conformant(ns.name(), "gc");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(ks.getStatus().getInventory().getEntries())
          .extracting(ResourceRef::getId)
          .containsExactly(ns.name() + "_keep__ConfigMap");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("gone").get()).isNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("pinned").get()).isNotNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("keep").get().getData())
          .containsEntry("v", "2");
      assertThat(harness.events.messages()).contains("ConfigMap/" + ns.name() + "/gone deleted");
    }
  }

  @Test
  void aFailedBuildPrunesNothing(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("gc", "./", ""));
      harness.reconcile(ns.name(), "gc");

      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "broken-yaml", V2));
      harness.reconcile(ns.name(), "gc");

      var ks = harness.conformant(ns.name(), "gc");
      assertThat(ready(ks).getReason()).isEqualTo("BuildFailed");
      assertThat(ks.getStatus().getInventory().getEntries()).hasSize(3);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("gone").get()).isNotNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("keep").get()).isNotNull();
    }
  }

  @Test
  void deletingTheKustomizationPrunesItsObjects(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("gc", "./", ""));
      harness.reconcile(ns.name(), "gc");

      client.resource(harness.get(ns.name(), "gc")).delete();
      harness.reconcile(ns.name(), "gc");

      assertThat(harness.get(ns.name(), "gc")).isNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("keep").get()).isNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("gone").get()).isNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("pinned").get()).isNotNull();
    }
  }

  @Test
  void orphanPolicyLeavesObjectsBehind(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("gc", "./", "deletionPolicy: Orphan"));
      harness.reconcile(ns.name(), "gc");

      client.resource(harness.get(ns.name(), "gc")).delete();
      harness.reconcile(ns.name(), "gc");

      assertThat(harness.get(ns.name(), "gc")).isNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("keep").get()).isNotNull();
    }
  }
}
