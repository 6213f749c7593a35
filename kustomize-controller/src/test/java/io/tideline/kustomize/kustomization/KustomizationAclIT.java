package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import org.junit.jupiter.api.Test;

/** --no-cross-namespace-refs: a sourceRef into another namespace stalls with AccessDenied. */
@KubeApiServerTest
class KustomizationAclIT {

  private static final String COMMIT = "8888888888888888888888888888888888888888";

  @Test
  void crossNamespaceSourceIsDeniedWhenLockedDown(KubernetesClient client, TestNamespace ns) {
    String sources = ns.name().substring(0, Math.min(50, ns.name().length())) + "-src";
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(sources).endMetadata().build())
        .create();
    try (KustomizationHarness harness =
        new KustomizationHarness(
            client, KustomizationSettings.defaults().withNoCrossNamespaceRefs(true))) {
      harness.readyGitRepository(sources, "repo", harness.publish(sources, "repo", "app", COMMIT));
      harness.create(
          ns.name(),
          """
          apiVersion: kustomize.toolkit.fluxcd.io/v1
          kind: Kustomization
          metadata:
            name: tenant
          spec:
            interval: 10m
            path: ./
            prune: true
            targetNamespace: NAMESPACE
            sourceRef:
              kind: GitRepository
              name: repo
              namespace: %s
          """
              .formatted(sources));

      ReconcileResult result = harness.reconcile(ns.name(), "tenant");

      Kustomization ks = harness.conformant(ns.name(), "tenant");
      Condition ready = ready(ks);
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("AccessDenied");
      assertThat(ready.getMessage())
          .isEqualTo(
              "can't access 'GitRepository/"
                  + sources
                  + "/repo', cross-namespace references have been blocked");
      assertThat(ks.getStatus().getConditions())
          .anyMatch(c -> c.getType().equals("Stalled") && c.getStatus() == ConditionStatus.True);
      assertThat(result.requeueAfter()).isEmpty();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
    }
  }
}
