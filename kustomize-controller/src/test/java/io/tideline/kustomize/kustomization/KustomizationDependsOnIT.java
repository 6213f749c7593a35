package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** dependsOn: wait for dependencies Ready at the source's latest revision. */
@KubeApiServerTest
class KustomizationDependsOnIT {

  private static final String COMMIT = "4444444444444444444444444444444444444444";

  @Test
  void waitsUntilTheDependencyIsReady(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("infra", "./", ""));
      harness.create(
          ns.name(),
          kustomization(
              "apps",
              "./",
              """
              namePrefix: apps-
              dependsOn:
                - name: infra
              """));

      ReconcileResult waiting = harness.reconcile(ns.name(), "apps");

      Condition notReady = ready(harness.conformant(ns.name(), "apps"));
      assertThat(notReady.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(notReady.getReason()).isEqualTo("DependencyNotReady");
      assertThat(notReady.getMessage())
          .isEqualTo("dependency '" + ns.name() + "/infra' is not ready");
      assertThat(waiting.requeueAfter()).contains(Duration.ofSeconds(30));
      assertThat(client.configMaps().inNamespace(ns.name()).withName("apps-web-settings").get())
          .isNull();

      harness.reconcile(ns.name(), "infra");
      harness.reconcile(ns.name(), "apps");

      assertThat(ready(harness.conformant(ns.name(), "apps")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("apps-web-settings").get())
          .isNotNull();
    }
  }
}
