package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ExternalArtifact sources: refused unless the {@code ExternalArtifact} feature gate is on. */
@KubeApiServerTest
class KustomizationExternalArtifactIT {

  private static final String COMMIT = "7777777777777777777777777777777777777777";
  private static final String FROM_EXTERNAL =
      """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: app
      spec:
        interval: 10m
        path: ./
        prune: true
        targetNamespace: NAMESPACE
        sourceRef:
          kind: ExternalArtifact
          name: generated
      """;

  @Test
  void withTheGateOffTheSourceIsDeniedAndNothingApplied(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyExternalArtifact(
          ns.name(), "generated", harness.publish(ns.name(), "generated", "app", COMMIT));
      harness.create(ns.name(), FROM_EXTERNAL);

      harness.reconcile(ns.name(), "app");

      Kustomization ks = harness.conformant(ns.name(), "app");
      assertThat(condition(ks, "Ready").map(Condition::getMessage))
          .contains(
              "can't access 'ExternalArtifact/"
                  + ns.name()
                  + "/generated', ExternalArtifact feature gate is disabled");
      assertThat(condition(ks, "Stalled").map(Condition::getReason)).contains("AccessDenied");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
    }
  }

  @Test
  void withTheGateOnTheArtifactIsApplied(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(
            client, KustomizationSettings.defaults().withFeatureGate("ExternalArtifact", true))) {
      harness.readyExternalArtifact(
          ns.name(), "generated", harness.publish(ns.name(), "generated", "app", COMMIT));
      harness.create(ns.name(), FROM_EXTERNAL);

      harness.reconcile(ns.name(), "app");

      Kustomization ks = harness.conformant(ns.name(), "app");
      assertThat(condition(ks, "Ready").map(Condition::getStatus)).contains(ConditionStatus.True);
      assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo("main@sha1:" + COMMIT);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNotNull();
    }
  }

  private static Optional<Condition> condition(Kustomization ks, String type) {
    return ks.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst();
  }
}
