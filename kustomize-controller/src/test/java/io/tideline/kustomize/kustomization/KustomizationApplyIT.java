package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ResourceRef;
import io.tideline.artifact.StoredArtifact;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** From a Ready GitRepository's artifact to applied objects, inventory and Ready status. */
@KubeApiServerTest
class KustomizationApplyIT {

  private static final String COMMIT = "1111111111111111111111111111111111111111";

  static String kustomization(String name, String path, String extra) {
    return """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
        spec:
          interval: 10m
          path: %s
          prune: true
          targetNamespace: NAMESPACE
          sourceRef:
            kind: GitRepository
            name: repo
        %s
        """
        .formatted(name, path, extra.indent(2));
  }

  @Test
  void appliesTheArtifactAndReportsReady(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      StoredArtifact artifact = harness.publish(ns.name(), "repo", "app", COMMIT);
      harness.readyGitRepository(ns.name(), "repo", artifact);
      harness.create(ns.name(), kustomization("app", "./", ""));

      ReconcileResult result = harness.reconcile(ns.name(), "app");

      Kustomization ks = harness.conformant(ns.name(), "app");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(ready(ks).getReason()).isEqualTo("ReconciliationSucceeded");
      assertThat(ready(ks).getMessage()).isEqualTo("Applied revision: main@sha1:" + COMMIT);
      assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo("main@sha1:" + COMMIT);
      assertThat(ks.getStatus().getLastAttemptedRevision()).isEqualTo("main@sha1:" + COMMIT);
      assertThat(ks.getStatus().getObservedGeneration())
          .isEqualTo(ks.getMetadata().getGeneration());
      assertThat(ks.getMetadata().getFinalizers()).contains("finalizers.fluxcd.io");
      assertThat(ks.getStatus().getInventory().getEntries())
          .extracting(ResourceRef::getId, ResourceRef::getV)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ns.name() + "_web-settings__ConfigMap", "v1"),
              org.assertj.core.groups.Tuple.tuple(ns.name() + "_web__Service", "v1"),
              org.assertj.core.groups.Tuple.tuple(ns.name() + "_web_apps_Deployment", "v1"));
      assertThat(result.requeueAfter()).contains(Duration.ofMinutes(10));

      ConfigMap settings =
          client.configMaps().inNamespace(ns.name()).withName("web-settings").get();
      assertThat(settings.getMetadata().getLabels())
          .containsEntry("kustomize.toolkit.fluxcd.io/name", "app")
          .containsEntry("kustomize.toolkit.fluxcd.io/namespace", ns.name());
      assertThat(settings.getMetadata().getManagedFields())
          .anyMatch(
              m ->
                  m.getManager().equals("kustomize-controller")
                      && m.getOperation().equals("Apply"));
      assertThat(harness.events.messages())
          .contains(
              "ConfigMap/"
                  + ns.name()
                  + "/web-settings created\nService/"
                  + ns.name()
                  + "/web created\nDeployment/"
                  + ns.name()
                  + "/web created");
    }
  }

  @Test
  void generatesAKustomizationWhenThePathHasNone(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "plain", COMMIT));
      harness.create(ns.name(), kustomization("plain", "./", ""));

      harness.reconcile(ns.name(), "plain");

      assertThat(ready(harness.conformant(ns.name(), "plain")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("plain-one").get())
          .isNotNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("plain-two").get())
          .isNotNull();
    }
  }

  @Test
  void specOverlayFieldsAreApplied(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "overlay",
              "./",
              """
              namePrefix: prod-
              commonMetadata:
                labels:
                  team: blue
              patches:
                - target:
                    kind: ConfigMap
                  patch: |
                    - op: replace
                      path: /data/color
                      value: green
              """));

      harness.reconcile(ns.name(), "overlay");

      assertThat(ready(harness.conformant(ns.name(), "overlay")).getStatus())
          .isEqualTo(ConditionStatus.True);
      ConfigMap settings =
          client.configMaps().inNamespace(ns.name()).withName("prod-web-settings").get();
      assertThat(settings.getData()).containsEntry("color", "green");
      assertThat(settings.getMetadata().getLabels()).containsEntry("team", "blue");
    }
  }

  @Test
  void specFieldsReplaceTheDirectorysOwnNamespaceAndPrefix(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "own-prefix", COMMIT));
      harness.create(ns.name(), kustomization("own", "./", "namePrefix: ks-"));

      harness.reconcile(ns.name(), "own");

      Kustomization ks = harness.conformant(ns.name(), "own");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(ks.getStatus().getInventory().getEntries())
          .extracting(ResourceRef::getId)
          .containsExactly(ns.name() + "_ks-settings__ConfigMap");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("ks-settings").get())
          .isNotNull();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("ks-dir-settings").get())
          .isNull();
    }
  }

  @Test
  void brokenYamlFailsTheBuildNamingTheFileAndAppliesNothing(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "broken-yaml", COMMIT));
      harness.create(ns.name(), kustomization("broken", "./", ""));

      ReconcileResult result = harness.reconcile(ns.name(), "broken");

      Kustomization ks = harness.conformant(ns.name(), "broken");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready(ks).getReason()).isEqualTo("BuildFailed");
      assertThat(ready(ks).getMessage()).contains("configmap.yaml");
      assertThat(ks.getStatus().getLastAppliedRevision()).isNull();
      assertThat(ks.getStatus().getLastAttemptedRevision()).isEqualTo("main@sha1:" + COMMIT);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("broken").get()).isNull();
      assertThat(result.requeueAfter()).contains(Duration.ofMinutes(10));
    }
  }

  @Test
  void invalidObjectFailsDryRunAndNothingIsWritten(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "invalid-object", COMMIT));
      harness.create(ns.name(), kustomization("invalid", "./", ""));

      harness.reconcile(ns.name(), "invalid");

      Condition ready = ready(harness.conformant(ns.name(), "invalid"));
      assertThat(ready.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(ready.getMessage())
          .startsWith("Deployment/" + ns.name() + "/mismatched dry-run failed (Invalid)");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("valid-settings").get())
          .isNull();
    }
  }

  @Test
  void missingSourceWaitsForIt(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.create(ns.name(), kustomization("orphan", "./", ""));

      ReconcileResult result = harness.reconcile(ns.name(), "orphan");

      Condition ready = ready(harness.conformant(ns.name(), "orphan"));
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("ArtifactFailed");
      assertThat(ready.getMessage())
          .isEqualTo("Source 'GitRepository/" + ns.name() + "/repo' not found");
      assertThat(result.requeueAfter()).contains(Duration.ofSeconds(30));
    }
  }

  @Test
  void digestMismatchIsRefused(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      StoredArtifact artifact = harness.publish(ns.name(), "repo", "app", COMMIT);
      harness.readyGitRepository(
          ns.name(), "repo", artifact.url(), artifact.revision(), "sha256:" + "0".repeat(64));
      harness.create(ns.name(), kustomization("tampered", "./", ""));

      harness.reconcile(ns.name(), "tampered");

      Condition ready = ready(harness.conformant(ns.name(), "tampered"));
      assertThat(ready.getReason()).isEqualTo("ArtifactFailed");
      assertThat(ready.getMessage()).containsIgnoringCase("digest");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
    }
  }

  static Condition ready(Kustomization ks) {
    return ks.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals("Ready"))
        .findFirst()
        .orElseThrow();
  }
}
