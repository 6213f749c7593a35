package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ResourceRef;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.ExtraControlPlane;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code spec.kubeConfig.secretRef}: a second real control plane is the remote cluster; its admin
 * kubeconfig sits in a Secret of the local one. Objects, pruning, finalizer deletion and
 * impersonation all happen on the remote; refused or missing kubeconfigs apply nothing anywhere.
 */
@KubeApiServerTest
class KustomizationKubeConfigIT {

  @RegisterExtension static final ExtraControlPlane REMOTE = new ExtraControlPlane();

  private static final String V1 = "1111111111111111111111111111111111111111";
  private static final String V2 = "2222222222222222222222222222222222222222";
  private static final String REMOTE_REF = "kubeConfig:\n  secretRef:\n    name: remote\n";

  @Test
  void appliesToTheRemoteClusterOnlyAndReusesItsClient(KubernetesClient local, TestNamespace ns) {
    remoteNamespace(ns);
    kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig());
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(ns.name(), "repo", harness.publish(ns.name(), "repo", "app", V1));
      harness.create(ns.name(), kustomization("app", "./", REMOTE_REF));

      harness.reconcile(ns.name(), "app");

      var ks = harness.conformant(ns.name(), "app");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(ready(ks).getMessage()).isEqualTo("Applied revision: main@sha1:" + V1);
      var remoteConfigMap =
          REMOTE.client().configMaps().inNamespace(ns.name()).withName("web-settings").get();
      assertThat(remoteConfigMap).isNotNull();
      assertThat(remoteConfigMap.getMetadata().getManagedFields())
          .anyMatch(m -> m.getManager().equals("kustomize-controller"));
      assertThat(remoteConfigMap.getMetadata().getLabels())
          .containsEntry("kustomize.toolkit.fluxcd.io/name", "app")
          .containsEntry("kustomize.toolkit.fluxcd.io/namespace", ns.name());
      assertThat(REMOTE.client().apps().deployments().inNamespace(ns.name()).withName("web").get())
          .isNotNull();
      assertThat(local.configMaps().inNamespace(ns.name()).withName("web-settings").get()).isNull();
      assertThat(local.apps().deployments().inNamespace(ns.name()).withName("web").get()).isNull();

      TargetCluster first = leased(harness, ns);
      String resourceVersion = remoteConfigMap.getMetadata().getResourceVersion();
      harness.reconcile(ns.name(), "app");

      assertThat(leased(harness, ns)).isSameAs(first);
      assertThat(harness.targets.remoteClients()).isEqualTo(1);
      assertThat(
              REMOTE
                  .client()
                  .configMaps()
                  .inNamespace(ns.name())
                  .withName("web-settings")
                  .get()
                  .getMetadata()
                  .getResourceVersion())
          .isEqualTo(resourceVersion);
    }
  }

  @Test
  void changedSecretReplacesAndClosesTheStaleClient(KubernetesClient local, TestNamespace ns) {
    remoteNamespace(ns);
    kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig());
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(ns.name(), "repo", harness.publish(ns.name(), "repo", "app", V1));
      harness.create(ns.name(), kustomization("app", "./", REMOTE_REF));
      harness.reconcile(ns.name(), "app");
      TargetCluster before = leased(harness, ns);

      kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig() + "preferences: {}\n");
      harness.reconcile(ns.name(), "app");

      assertThat(ready(harness.conformant(ns.name(), "app")).getStatus())
          .isEqualTo(ConditionStatus.True);
      TargetCluster after = leased(harness, ns);
      assertThat(after).isNotSameAs(before);
      assertThat(before.client.getHttpClient().isClosed()).isTrue();
      assertThat(after.client.getHttpClient().isClosed()).isFalse();
      assertThat(harness.targets.remoteClients()).isEqualTo(1);
    }
  }

  @Test
  void prunesOnTheRemoteAndDeletionPrunesThereToo(KubernetesClient local, TestNamespace ns) {
    remoteNamespace(ns);
    kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig());
    KubernetesClient remote = REMOTE.client();
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("gc", "./", REMOTE_REF + "wait: true\n"));
      harness.reconcile(ns.name(), "gc");
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("gone").get()).isNotNull();
      assertThat(harness.get(ns.name(), "gc").getStatus().getConditions())
          .anyMatch(c -> c.getType().equals("Healthy") && c.getStatus() == ConditionStatus.True);

      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v2", V2));
      harness.reconcile(ns.name(), "gc");

      var ks = harness.conformant(ns.name(), "gc");
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(ks.getStatus().getInventory().getEntries())
          .extracting(ResourceRef::getId)
          .containsExactly(ns.name() + "_keep__ConfigMap");
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("gone").get()).isNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("pinned").get()).isNotNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("keep").get().getData())
          .containsEntry("v", "2");
      assertThat(harness.events.messages()).contains("ConfigMap/" + ns.name() + "/gone deleted");

      local.resource(harness.get(ns.name(), "gc")).delete();
      harness.reconcile(ns.name(), "gc");

      assertThat(harness.get(ns.name(), "gc")).isNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("keep").get()).isNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("pinned").get()).isNotNull();
      assertThat(local.configMaps().inNamespace(ns.name()).list().getItems())
          .noneMatch(c -> c.getMetadata().getName().matches("keep|gone|pinned"));
    }
  }

  @Test
  void deletionWaitsForTheKubeconfigSecretThenPrunesTheRemote(
      KubernetesClient local, TestNamespace ns) {
    remoteNamespace(ns);
    kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig());
    KubernetesClient remote = REMOTE.client();
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "prune-v1", V1));
      harness.create(ns.name(), kustomization("gc", "./", REMOTE_REF));
      harness.reconcile(ns.name(), "gc");
      local.secrets().inNamespace(ns.name()).withName("remote").delete();

      local.resource(harness.get(ns.name(), "gc")).delete();
      ReconcileResult retry = harness.reconcile(ns.name(), "gc");

      assertThat(retry.requeueAfter()).isPresent();
      assertThat(harness.get(ns.name(), "gc")).isNotNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("keep").get()).isNotNull();
      assertThat(harness.events.messages())
          .contains(
              "pruning for deleted resource failed: unable to read KubeConfig secret '"
                  + ns.name()
                  + "/remote' error: secrets \"remote\" not found");

      kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig());
      harness.reconcile(ns.name(), "gc");

      assertThat(harness.get(ns.name(), "gc")).isNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("keep").get()).isNull();
      assertThat(remote.configMaps().inNamespace(ns.name()).withName("gone").get()).isNull();
    }
  }

  @Test
  void serviceAccountIsImpersonatedOnTheRemote(KubernetesClient local, TestNamespace ns) {
    remoteNamespace(ns);
    kubeconfigSecret(local, ns, "value", REMOTE.kubeconfig());
    local
        .serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("tenant").endMetadata().build())
        .create();
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(ns.name(), "repo", harness.publish(ns.name(), "repo", "app", V1));
      harness.create(
          ns.name(), kustomization("tenant", "./", REMOTE_REF + "serviceAccountName: tenant\n"));

      harness.reconcile(ns.name(), "tenant");

      Condition denied = ready(harness.conformant(ns.name(), "tenant"));
      assertThat(denied.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(denied.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(denied.getMessage())
          .contains("system:serviceaccount:" + ns.name() + ":tenant")
          .contains("forbidden");
      assertThat(REMOTE.client().configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();

      TenantRbac.grantDeployer(REMOTE.client(), ns, "tenant");
      harness.reconcile(ns.name(), "tenant");

      assertThat(ready(harness.conformant(ns.name(), "tenant")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertThat(REMOTE.client().configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNotNull();
      assertThat(local.configMaps().inNamespace(ns.name()).withName("web-settings").get()).isNull();
    }
  }

  @Test
  void execPluginIsRefusedWithoutRunningIt(KubernetesClient local, TestNamespace ns)
      throws Exception {
    remoteNamespace(ns);
    Path marker = Files.createTempDirectory("exec-plugin-").resolve("ran");
    String server = REMOTE.client().getConfiguration().getMasterUrl();
    kubeconfigSecret(
        local,
        ns,
        "value",
        """
        apiVersion: v1
        kind: Config
        current-context: remote
        contexts:
        - name: remote
          context: {cluster: remote, user: plugin}
        clusters:
        - name: remote
          cluster: {server: "%s", insecure-skip-tls-verify: false}
        users:
        - name: plugin
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1
              command: /bin/sh
              args: ["-c", "touch %s; echo '{\\"status\\":{\\"token\\":\\"plugin-secret\\"}}'"]
        """
            .formatted(server, marker));
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(ns.name(), "repo", harness.publish(ns.name(), "repo", "app", V1));
      harness.create(ns.name(), kustomization("app", "./", REMOTE_REF));

      harness.reconcile(ns.name(), "app");

      Condition refused = ready(harness.conformant(ns.name(), "app"));
      assertThat(refused.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(refused.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(refused.getMessage())
          .isEqualTo(
              "KubeConfig secret '"
                  + ns.name()
                  + "/remote' key 'value': user 'plugin' uses an exec credential plugin"
                  + " (user.exec), which is refused unless the controller runs with"
                  + " --insecure-kubeconfig-exec")
          .doesNotContain("plugin-secret");
      assertThat(harness.events.messages()).noneMatch(m -> m.contains("plugin-secret"));
      assertThat(marker).doesNotExist();
      assertThat(REMOTE.client().configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
      assertThat(local.configMaps().inNamespace(ns.name()).withName("web-settings").get()).isNull();
    }
  }

  @Test
  void missingSecretFailsThenRecoversOnceCreated(KubernetesClient local, TestNamespace ns) {
    remoteNamespace(ns);
    try (KustomizationHarness harness =
        new KustomizationHarness(local, KustomizationSettings.defaults())) {
      harness.readyGitRepository(ns.name(), "repo", harness.publish(ns.name(), "repo", "app", V1));
      harness.create(ns.name(), kustomization("app", "./", REMOTE_REF + "retryInterval: 20s\n"));

      ReconcileResult result = harness.reconcile(ns.name(), "app");

      Condition missing = ready(harness.conformant(ns.name(), "app"));
      assertThat(missing.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(missing.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(missing.getMessage())
          .isEqualTo(
              "unable to read KubeConfig secret '"
                  + ns.name()
                  + "/remote' error: secrets \"remote\" not found");
      assertThat(result.requeueAfter()).contains(Duration.ofSeconds(20));
      assertThat(local.configMaps().inNamespace(ns.name()).withName("web-settings").get()).isNull();

      kubeconfigSecret(local, ns, "other", REMOTE.kubeconfig());
      harness.reconcile(ns.name(), "app");
      assertThat(ready(harness.conformant(ns.name(), "app")).getMessage())
          .isEqualTo(
              "KubeConfig secret '"
                  + ns.name()
                  + "/remote' does not contain a 'value' key with a kubeconfig");

      kubeconfigSecret(local, ns, "value.yaml", REMOTE.kubeconfig());
      harness.reconcile(ns.name(), "app");

      assertThat(ready(harness.conformant(ns.name(), "app")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertThat(REMOTE.client().configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNotNull();
      assertThat(local.configMaps().inNamespace(ns.name()).withName("web-settings").get()).isNull();
    }
  }

  /** The target a reconcile of ns/app would use now. */
  private static TargetCluster leased(KustomizationHarness harness, TestNamespace ns) {
    try {
      TargetCluster target = harness.targets.forKustomization(harness.get(ns.name(), "app"));
      harness.targets.release(target);
      return target;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void remoteNamespace(TestNamespace ns) {
    REMOTE
        .client()
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(ns.name()).endMetadata().build())
        .create();
  }

  static void kubeconfigSecret(
      KubernetesClient local, TestNamespace ns, String key, String kubeconfig) {
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withName("remote")
            .withNamespace(ns.name())
            .endMetadata()
            .withStringData(Map.of(key, kubeconfig))
            .build();
    local.secrets().inNamespace(ns.name()).resource(secret).createOr(e -> e.update());
  }
}
