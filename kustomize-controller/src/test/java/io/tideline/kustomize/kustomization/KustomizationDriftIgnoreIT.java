package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import org.junit.jupiter.api.Test;

/**
 * {@code spec.ignore}: out-of-band changes to ignored fields survive drift correction, whether
 * another Apply manager took the field over (stripped from the payload) or a hand edit changed it
 * (live value kept); every other field is still reverted.
 */
@KubeApiServerTest
class KustomizationDriftIgnoreIT {

  private static final String COMMIT = "6666666666666666666666666666666666666666";

  private static final String IGNORE =
      """
      ignore:
        - paths: ["/spec/replicas"]
          target:
            kind: Deploy.*
            labelSelector: "!skip"
        - paths: ["/data/color"]
          target:
            kind: ConfigMap
            name: web-settings
      """;

  @Test
  void ignoredFieldsKeepTheirLiveValueAndOtherDriftIsReverted(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("app", "./", IGNORE));
      harness.reconcile(ns.name(), "app");

      edit(
          client,
          ns,
          "ConfigMap",
          "kubectl-edit",
          "{\"data\":{\"color\":\"red\",\"size\":\"xl\"}}");
      applyAs(
          client,
          ns,
          "autoscaler",
          """
          {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},
           "spec":{"replicas":3}}
          """);
      edit(
          client,
          ns,
          "Deployment",
          "kubectl-edit",
          "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"registry.local/web:2.0\"}]}}}}");
      harness.events.clear();

      harness.reconcile(ns.name(), "app");

      ConfigMap settings =
          client.configMaps().inNamespace(ns.name()).withName("web-settings").get();
      assertThat(settings.getData()).containsEntry("color", "red");
      Deployment web = client.apps().deployments().inNamespace(ns.name()).withName("web").get();
      assertThat(web.getSpec().getReplicas()).isEqualTo(3);
      assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
          .isEqualTo("registry.local/web:1.0");
      assertThat(web.getMetadata().getManagedFields())
          .anyMatch(m -> m.getManager().equals("autoscaler") && m.getOperation().equals("Apply"));
      Condition ready =
          harness.conformant(ns.name(), "app").getStatus().getConditions().stream()
              .filter(c -> c.getType().equals("Ready"))
              .findFirst()
              .orElseThrow();
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.True);
    }
  }

  @Test
  void changesOnlyInIgnoredFieldsCauseNoApply(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("app", "./", IGNORE));
      harness.reconcile(ns.name(), "app");
      applyAs(
          client,
          ns,
          "autoscaler",
          """
          {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},
           "spec":{"replicas":2}}
          """);
      harness.events.clear();

      harness.reconcile(ns.name(), "app");

      // no apply: the change set (and so the events) names no Deployment; the resourceVersion is
      // no witness here, the Deployment controller may update the status in workloads mode
      Deployment web = client.apps().deployments().inNamespace(ns.name()).withName("web").get();
      assertThat(web.getSpec().getReplicas()).isEqualTo(2);
      assertThat(harness.events.messages()).noneMatch(m -> m.contains("Deployment"));
    }
  }

  @Test
  void anInvalidRuleFailsTheReconcileNamingIt(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "app",
              "./",
              """
              ignore:
                - paths: ["/data/color"]
                  target:
                    name: "web-(["
              """));

      harness.reconcile(ns.name(), "app");

      Condition ready =
          harness.conformant(ns.name(), "app").getStatus().getConditions().stream()
              .filter(c -> c.getType().equals("Ready"))
              .findFirst()
              .orElseThrow();
      assertThat(ready.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(ready.getMessage()).startsWith("invalid spec.ignore[0]: invalid regex 'web-(['");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
    }
  }

  private static void edit(
      KubernetesClient client, TestNamespace ns, String kind, String manager, String patch) {
    PatchContext context =
        new PatchContext.Builder()
            .withPatchType(PatchType.STRATEGIC_MERGE)
            .withFieldManager(manager)
            .build();
    if (kind.equals("ConfigMap")) {
      client.configMaps().inNamespace(ns.name()).withName("web-settings").patch(context, patch);
    } else {
      client.apps().deployments().inNamespace(ns.name()).withName("web").patch(context, patch);
    }
  }

  private static void applyAs(
      KubernetesClient client, TestNamespace ns, String manager, String json) {
    client
        .apps()
        .deployments()
        .inNamespace(ns.name())
        .withName("web")
        .patch(
            new PatchContext.Builder()
                .withPatchType(PatchType.SERVER_SIDE_APPLY)
                .withFieldManager(manager)
                .withForce(true)
                .build(),
            json);
  }
}
