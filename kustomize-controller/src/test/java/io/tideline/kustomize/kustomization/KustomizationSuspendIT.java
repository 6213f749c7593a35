package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import org.junit.jupiter.api.Test;

/** spec.suspend: nothing is fetched or applied, the status keeps its last values. */
@KubeApiServerTest
class KustomizationSuspendIT {

  private static final String V1 = "1111111111111111111111111111111111111111";
  private static final String V2 = "2222222222222222222222222222222222222222";

  @Test
  void suspendedKustomizationIsLeftAlone(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("paused", "./", ""));
      harness.reconcile(ns.name(), "paused");
      Kustomization before = harness.get(ns.name(), "paused");
      before.getSpec().setSuspend(true);
      client.resource(before).update();
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v2", V2));

      ReconcileResult result = harness.reconcile(ns.name(), "paused");

      Kustomization after = harness.conformant(ns.name(), "paused");
      assertThat(result.requeueAfter()).isEmpty();
      assertThat(after.getStatus().getLastAppliedRevision()).isEqualTo("main@sha1:" + V1);
      assertThat(ready(after).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("gone").get()).isNotNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("keep").get().getData())
          .containsEntry("v", "1");
    }
  }
}
