package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Post-build variable substitution from inline values, ConfigMaps and Secrets. */
@KubeApiServerTest
class KustomizationSubstituteIT {

  private static final String COMMIT = "3333333333333333333333333333333333333333";

  @Test
  void substitutesFromAllSourcesWithDefaultsAndOptOut(KubernetesClient client, TestNamespace ns) {
    client
        .configMaps()
        .inNamespace(ns.name())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("vars")
                .endMetadata()
                .withData(Map.of("greeting", "from-configmap", "replicas", "2"))
                .build())
        .create();
    client
        .secrets()
        .inNamespace(ns.name())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("secret-vars")
                .endMetadata()
                .withStringData(Map.of("region", "eu-west-1"))
                .build())
        .create();
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "substitute", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "vars",
              "./",
              """
              postBuild:
                substitute:
                  greeting: hello
                substituteFrom:
                  - kind: ConfigMap
                    name: vars
                  - kind: Secret
                    name: secret-vars
                  - kind: ConfigMap
                    name: absent
                    optional: true
              """));

      harness.reconcile(ns.name(), "vars");

      assertThat(ready(harness.conformant(ns.name(), "vars")).getStatus())
          .isEqualTo(ConditionStatus.True);
      Map<String, String> data =
          client.configMaps().inNamespace(ns.name()).withName("greeting").get().getData();
      assertThat(data)
          .containsEntry("greeting", "hello")
          .containsEntry("color", "blue")
          .containsEntry("region", "eu-west-1")
          .containsEntry("literal", "${not_a_var}");
      assertThat(
              client
                  .apps()
                  .deployments()
                  .inNamespace(ns.name())
                  .withName("scaled")
                  .get()
                  .getSpec()
                  .getReplicas())
          .isEqualTo(2);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("opted-out").get().getData())
          .containsEntry("raw", "${greeting}");
    }
  }

  @Test
  void undefinedVariableFailsInStrictModeAndNothingIsApplied(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "strict-missing", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "strict",
              "./",
              """
              postBuild:
                substitute:
                  greeting: hello
              """));

      harness.reconcile(ns.name(), "strict");

      Condition ready = ready(harness.conformant(ns.name(), "strict"));
      assertThat(ready.getReason()).isEqualTo("BuildFailed");
      assertThat(ready.getMessage())
          .isEqualTo(
              "ConfigMap/"
                  + ns.name()
                  + "/needs-var var substitution failed: variable not set (strict mode):"
                  + " \"undefined_var\"");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("needs-var").get()).isNull();
    }
  }

  @Test
  void missingRequiredVariableSourceFails(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "substitute", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "required",
              "./",
              """
              postBuild:
                substituteFrom:
                  - kind: Secret
                    name: not-there
              """));

      harness.reconcile(ns.name(), "required");

      Condition ready = ready(harness.conformant(ns.name(), "required"));
      assertThat(ready.getReason()).isEqualTo("BuildFailed");
      assertThat(ready.getMessage()).contains("Secret/not-there").contains("not found");
    }
  }
}
