package io.tideline.kustomize.kustomization;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.tideline.kustomize.app.ConfigWatches;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Config watches through the real controller wiring: a change to a ConfigMap or Secret labelled
 * {@code reconcile.fluxcd.io/watch: Enabled} that a Kustomization substitutes from is applied at
 * once, long before the one-hour interval.
 */
@KubeApiServerTest
class KustomizationConfigWatchIT {

  private static final String COMMIT = "1111111111111111111111111111111111111111";
  private static final Map<String, String> WATCHED = Map.of("reconcile.fluxcd.io/watch", "Enabled");

  @Test
  void changesToWatchedVariablesAreAppliedAtOnce(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "watched-vars", COMMIT));
      writeVars(client, ns, "info", "t1");
      harness.create(
          ns.name(),
          KustomizationApplyIT.kustomization(
                  "app",
                  "./",
                  """
              interval: 1h
              postBuild:
                substituteFrom:
                  - kind: ConfigMap
                    name: vars
                  - kind: Secret
                    name: secret-vars
              """)
              .replace("  interval: 10m\n", ""));
      Operator operator =
          harness.startController(
              ns.name(), ConfigWatches.selecting("reconcile.fluxcd.io/watch=Enabled"));
      try {
        awaitSettings(client, ns, "info", "t1");

        writeVars(client, ns, "debug", "t1");
        awaitSettings(client, ns, "debug", "t1");

        writeVars(client, ns, "debug", "t2");
        awaitSettings(client, ns, "debug", "t2");
      } finally {
        operator.stop();
      }
    }
  }

  private static void writeVars(
      KubernetesClient client, TestNamespace ns, String level, String token) {
    client
        .configMaps()
        .inNamespace(ns.name())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("vars")
                .withLabels(WATCHED)
                .endMetadata()
                .withData(Map.of("level", level))
                .build())
        .serverSideApply();
    client
        .secrets()
        .inNamespace(ns.name())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("secret-vars")
                .withLabels(WATCHED)
                .endMetadata()
                .withStringData(Map.of("token", token))
                .build())
        .serverSideApply();
  }

  private static void awaitSettings(
      KubernetesClient client, TestNamespace ns, String level, String token) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> client.configMaps().inNamespace(ns.name()).withName("settings").get(),
            settings ->
                settings != null
                    && level.equals(settings.getData().get("level"))
                    && token.equals(settings.getData().get("token")));
  }
}
