package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Snapshot;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code status.history}: one entry per manifest digest and outcome, newest first. */
@KubeApiServerTest
class KustomizationHistoryIT {

  private static final String FIRST = "1111111111111111111111111111111111111111";
  private static final String SECOND = "2222222222222222222222222222222222222222";

  @Test
  void recordsEachAppliedManifestSetAndLeavesItAloneOnANoOp(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", FIRST));
      harness.create(ns.name(), KustomizationApplyIT.kustomization("app", "./", ""));

      harness.reconcile(ns.name(), "app");
      Kustomization applied = harness.conformant(ns.name(), "app");
      List<Snapshot> first = applied.getStatus().getHistory();
      assertThat(first).hasSize(1);
      assertThat(first.get(0).getDigest()).matches("sha256:[0-9a-f]{64}");
      assertThat(first.get(0).getLastReconciledStatus()).isEqualTo("ReconciliationSucceeded");
      assertThat(first.get(0).getTotalReconciliations()).isEqualTo(1L);
      assertThat(first.get(0).getLastReconciledDuration()).matches("[0-9.]+(ms|s)");
      assertThat(first.get(0).getMetadata()).isEqualTo(Map.of("revision", "main@sha1:" + FIRST));

      harness.reconcile(ns.name(), "app");
      Kustomization again = harness.get(ns.name(), "app");
      assertThat(again.getMetadata().getResourceVersion())
          .isEqualTo(applied.getMetadata().getResourceVersion());

      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v2", SECOND));
      harness.reconcile(ns.name(), "app");
      List<Snapshot> second = harness.get(ns.name(), "app").getStatus().getHistory();
      assertThat(second)
          .extracting(s -> s.getMetadata().get("revision"))
          .containsExactly("main@sha1:" + SECOND, "main@sha1:" + FIRST);
      assertThat(second.get(0).getDigest()).isNotEqualTo(second.get(1).getDigest());
    }
  }

  @Test
  void aFailedApplyIsRecordedButAFailedBuildIsNot(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "invalid-object", FIRST));
      harness.create(ns.name(), KustomizationApplyIT.kustomization("app", "./", ""));

      harness.reconcile(ns.name(), "app");
      assertThat(harness.get(ns.name(), "app").getStatus().getHistory())
          .extracting(Snapshot::getLastReconciledStatus)
          .containsExactly("ReconciliationFailed");

      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "broken-yaml", SECOND));
      harness.reconcile(ns.name(), "app");
      Kustomization broken = harness.get(ns.name(), "app");
      assertThat(broken.getStatus().getLastAttemptedRevision()).isEqualTo("main@sha1:" + SECOND);
      assertThat(broken.getStatus().getHistory())
          .extracting(Snapshot::getLastReconciledStatus, s -> s.getMetadata().get("revision"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ReconciliationFailed", "main@sha1:" + FIRST));
    }
  }
}
