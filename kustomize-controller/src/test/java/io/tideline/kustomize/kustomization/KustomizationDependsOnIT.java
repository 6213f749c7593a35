package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * dependsOn: wait for dependencies Ready at the source's latest revision, or for a {@code
 * readyExpr} to hold (instead of, or with the {@code AdditiveCELDependencyCheck} gate in addition
 * to, the built-in check).
 */
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

  private static String dependent(String readyExpr) {
    return kustomization(
        "apps",
        "./",
        """
        namePrefix: apps-
        dependsOn:
          - name: infra
            readyExpr: "%s"
        """
            .formatted(readyExpr));
  }

  private static KustomizationHarness harness(
      KubernetesClient client, TestNamespace ns, KustomizationSettings settings) {
    KustomizationHarness harness = new KustomizationHarness(client, settings);
    harness.readyGitRepository(
        ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
    harness.create(ns.name(), kustomization("infra", "./", ""));
    return harness;
  }

  @Test
  void readyExprReplacesTheBuiltInCheck(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness = harness(client, ns, KustomizationSettings.defaults())) {
      harness.create(
          ns.name(), dependent("dep.metadata.name == 'infra' && self.metadata.name == 'apps'"));

      harness.reconcile(ns.name(), "apps");

      assertThat(ready(harness.conformant(ns.name(), "apps")).getStatus())
          .as("infra was never reconciled, but the expression holds")
          .isEqualTo(ConditionStatus.True);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("apps-web-settings").get())
          .isNotNull();
    }
  }

  @Test
  void waitsWhileReadyExprIsFalseOrCannotBeEvaluated(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness = harness(client, ns, KustomizationSettings.defaults())) {
      harness.create(
          ns.name(), dependent("dep.status.lastAppliedRevision.startsWith('main@sha1:')"));

      ReconcileResult waiting = harness.reconcile(ns.name(), "apps");

      Condition error = ready(harness.conformant(ns.name(), "apps"));
      assertThat(error.getReason()).isEqualTo("DependencyNotReady");
      assertThat(error.getMessage())
          .startsWith(
              "dependency '"
                  + ns.name()
                  + "/infra': failed to evaluate the CEL expression"
                  + " 'dep.status.lastAppliedRevision.startsWith('main@sha1:')'")
          .contains("lastAppliedRevision");
      assertThat(waiting.requeueAfter()).contains(Duration.ofSeconds(30));

      harness.reconcile(ns.name(), "infra");
      harness.reconcile(ns.name(), "apps");
      assertThat(ready(harness.conformant(ns.name(), "apps")).getStatus())
          .isEqualTo(ConditionStatus.True);

      Kustomization apps = harness.get(ns.name(), "apps");
      apps.getSpec().getDependsOn().get(0).setReadyExpr("dep.metadata.name == 'other'");
      client.resource(apps).update();
      harness.reconcile(ns.name(), "apps");

      Condition notReady = ready(harness.conformant(ns.name(), "apps"));
      assertThat(notReady.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(notReady.getReason()).isEqualTo("DependencyNotReady");
      assertThat(notReady.getMessage())
          .isEqualTo(
              "dependency '" + ns.name() + "/infra' is not ready according to readyExpr eval");
    }
  }

  @Test
  void invalidReadyExprStalls(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness = harness(client, ns, KustomizationSettings.defaults())) {
      harness.create(ns.name(), dependent("dep.status."));

      ReconcileResult result = harness.reconcile(ns.name(), "apps");

      Kustomization apps = harness.conformant(ns.name(), "apps");
      Condition ready = ready(apps);
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("InvalidCELExpression");
      assertThat(ready.getMessage())
          .startsWith(
              "Reconciliation failed terminally due to configuration error: failed to evaluate"
                  + " dependency '"
                  + ns.name()
                  + "/infra': failed to parse the CEL expression 'dep.status.': ERROR:");
      assertThat(apps.getStatus().getConditions())
          .anyMatch(
              c ->
                  c.getType().equals("Stalled")
                      && c.getStatus() == ConditionStatus.True
                      && c.getReason().equals("InvalidCELExpression"));
      assertThat(apps.getStatus().getObservedGeneration())
          .isEqualTo(apps.getMetadata().getGeneration());
      assertThat(result.requeueAfter()).isEmpty();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("apps-web-settings").get())
          .isNull();
    }
  }

  @Test
  void additiveGateAlsoRequiresTheBuiltInCheck(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        harness(
            client,
            ns,
            KustomizationSettings.defaults().withFeatureGate("AdditiveCELDependencyCheck", true))) {
      harness.create(ns.name(), dependent("dep.metadata.name == 'infra'"));

      harness.reconcile(ns.name(), "apps");

      Condition notReady = ready(harness.conformant(ns.name(), "apps"));
      assertThat(notReady.getReason()).isEqualTo("DependencyNotReady");
      assertThat(notReady.getMessage())
          .isEqualTo("dependency '" + ns.name() + "/infra' is not ready");

      harness.reconcile(ns.name(), "infra");
      harness.reconcile(ns.name(), "apps");

      assertThat(ready(harness.conformant(ns.name(), "apps")).getStatus())
          .isEqualTo(ConditionStatus.True);
    }
  }
}
