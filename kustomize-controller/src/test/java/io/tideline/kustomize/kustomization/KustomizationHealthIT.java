package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Health checks with kstatus on real workloads (kube-controller-manager + kwok; the harness runs no
 * scheduler, so fixtures scale Deployments to zero or check objects that never appear).
 */
@KubeApiServerTest(workloads = true)
class KustomizationHealthIT {

  private static final String COMMIT = "6666666666666666666666666666666666666666";

  private static String kustomization(String name, String extra) {
    return """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
        spec:
          interval: 1m
          path: ./
          prune: true
          targetNamespace: NAMESPACE
          sourceRef:
            kind: GitRepository
            name: repo
        %s
        """
        .formatted(name, extra.indent(2));
  }

  @Test
  void waitMarksHealthyOnceEverythingIsCurrent(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(
            client,
            KustomizationSettings.defaults().withHealthPollInterval(Duration.ofSeconds(1)))) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("healthy", "wait: true"));

      harness.reconcile(ns.name(), "healthy");

      Kustomization ks = harness.conformant(ns.name(), "healthy");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.True);
      Condition healthy = condition(ks, "Healthy");
      assertThat(healthy.getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(healthy.getReason()).isEqualTo("Succeeded");
      assertThat(healthy.getMessage()).startsWith("Health check passed in ");
    }
  }

  @Test
  void failingHealthCheckNamesTheObject(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(
            client,
            KustomizationSettings.defaults().withHealthPollInterval(Duration.ofSeconds(1)))) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "unhealthy",
              """
              timeout: 30s
              healthChecks:
                - apiVersion: apps/v1
                  kind: Deployment
                  name: does-not-exist
              """));

      harness.reconcile(ns.name(), "unhealthy");

      Kustomization ks = harness.conformant(ns.name(), "unhealthy");
      Condition ready = ready(ks);
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("HealthCheckFailed");
      assertThat(ready.getMessage())
          .startsWith(
              "timeout waiting for: [Deployment/"
                  + ns.name()
                  + "/does-not-exist status: 'NotFound'");
      assertThat(condition(ks, "Healthy").getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(client.apps().deployments().inNamespace(ns.name()).withName("web").get())
          .isNotNull();
    }
  }

  private static Condition condition(Kustomization ks, String type) {
    return ks.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow();
  }
}
