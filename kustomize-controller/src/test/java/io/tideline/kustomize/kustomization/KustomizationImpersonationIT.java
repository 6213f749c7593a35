package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import org.junit.jupiter.api.Test;

/** serviceAccountName: everything runs as the tenant's service account, with its RBAC. */
@KubeApiServerTest
class KustomizationImpersonationIT {

  private static final String COMMIT = "7777777777777777777777777777777777777777";

  @Test
  void serviceAccountWithoutRightsAppliesNothing(KubernetesClient client, TestNamespace ns) {
    serviceAccount(client, ns);
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("tenant", "./", "serviceAccountName: tenant"));

      harness.reconcile(ns.name(), "tenant");

      Condition ready = ready(harness.conformant(ns.name(), "tenant"));
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(ready.getMessage())
          .contains("system:serviceaccount:" + ns.name() + ":tenant")
          .contains("forbidden");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
    }
  }

  @Test
  void defaultServiceAccountWithRightsAppliesAndItsLossSkipsPruningOnDelete(
      KubernetesClient client, TestNamespace ns) {
    serviceAccount(client, ns);
    TenantRbac.grantDeployer(client, ns, "tenant");
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults(), "tenant")) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("tenant", "./", ""));

      harness.reconcile(ns.name(), "tenant");

      assertThat(ready(harness.conformant(ns.name(), "tenant")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertThat(
              client
                  .configMaps()
                  .inNamespace(ns.name())
                  .withName("web-settings")
                  .get()
                  .getMetadata()
                  .getManagedFields())
          .anyMatch(m -> m.getManager().equals("kustomize-controller"));

      client.serviceAccounts().inNamespace(ns.name()).withName("tenant").delete();
      client.resource(harness.get(ns.name(), "tenant")).delete();
      harness.events.clear();
      harness.reconcile(ns.name(), "tenant");

      assertThat(harness.get(ns.name(), "tenant")).isNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNotNull();
      assertThat(harness.events.messages())
          .anyMatch(
              m ->
                  m.startsWith("unable to prune objects: \n")
                      && m.contains("ConfigMap/" + ns.name() + "/web-settings"));
    }
  }

  private static void serviceAccount(KubernetesClient client, TestNamespace ns) {
    client
        .serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("tenant").endMetadata().build())
        .create();
  }
}
