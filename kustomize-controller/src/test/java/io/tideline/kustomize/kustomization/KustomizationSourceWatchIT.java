package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.kustomize.app.ConfigWatches;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The controller wiring (JOSDK operator with {@link KustomizationController}, its informers and
 * source watches) against a real kube-apiserver: a new artifact revision of the GitRepository is
 * applied at once, without a reconcile request and long before the one-hour interval.
 */
@KubeApiServerTest
class KustomizationSourceWatchIT {

  private static final String V1 = "1111111111111111111111111111111111111111";
  private static final String V2 = "2222222222222222222222222222222222222222";
  private static final String WATCHED =
      """
          apiVersion: kustomize.toolkit.fluxcd.io/v1
          kind: Kustomization
          metadata:
            name: watched
          spec:
            interval: 1h
            path: ./
            prune: true
            targetNamespace: NAMESPACE
            sourceRef:
              kind: GitRepository
              name: repo
          """;

  @Test
  void aNewSourceRevisionIsAppliedAtOnce(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(ns.name(), "repo", harness.publish(ns.name(), "repo", "app", V1));
      harness.create(ns.name(), WATCHED);
      Operator operator = harness.startController(ns.name(), ConfigWatches.disabled());
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> applied(harness, ns), r -> ("main@sha1:" + V1).equals(r));

        harness.readyGitRepository(
            ns.name(), "repo", harness.publish(ns.name(), "repo", "plain", V2));

        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> applied(harness, ns), r -> ("main@sha1:" + V2).equals(r));
        Kustomization ks = harness.get(ns.name(), "watched");
        assertThat(Optional.ofNullable(ks.getMetadata().getAnnotations()).orElse(Map.of()))
            .doesNotContainKey("reconcile.fluxcd.io/requestedAt");
        assertThat(client.configMaps().inNamespace(ns.name()).withName("plain-one").get())
            .isNotNull();
        assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
            .isNull();
        assertThat(ks.getSpec().isPrune()).isTrue();
      } finally {
        operator.stop();
      }
    }
  }

  private static String applied(KustomizationHarness harness, TestNamespace ns) {
    Kustomization ks = harness.get(ns.name(), "watched");
    return ks == null || ks.getStatus() == null ? null : ks.getStatus().getLastAppliedRevision();
  }
}
