package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.kustomize.remote.KubeConfigPolicy;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code spec.kubeConfig.configMapRef} with provider {@code generic}: the controller asks the
 * TokenRequest API for a token of the named ServiceAccount and sends it to {@code address}. The
 * only API server here that trusts this cluster's ServiceAccount tokens is this cluster's own, so
 * it plays the remote; RBAC of the token's identity (not impersonation) decides what is applied.
 */
@KubeApiServerTest
class KustomizationKubeConfigProviderIT {

  private static final String COMMIT = "3333333333333333333333333333333333333333";
  private static final String PROVIDER_REF = "kubeConfig:\n  configMapRef:\n    name: remote\n";
  private static final KubeConfigPolicy GATE_ON = new KubeConfigPolicy(false, false, "", true);

  @Test
  void genericProviderAppliesWithTheServiceAccountsToken(
      KubernetesClient client, TestNamespace ns) {
    providerConfigMap(client, ns, "generic", "deployer");
    client
        .serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName("deployer")
                .endMetadata()
                .build())
        .create();
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults(), "", GATE_ON)) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("app", "./", PROVIDER_REF));

      harness.reconcile(ns.name(), "app");

      Condition denied = ready(harness.conformant(ns.name(), "app"));
      assertThat(denied.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(denied.getMessage())
          .contains("User \"system:serviceaccount:" + ns.name() + ":deployer\"")
          .contains("forbidden");

      TenantRbac.grantDeployer(client, ns, "deployer");
      harness.reconcile(ns.name(), "app");

      assertThat(ready(harness.conformant(ns.name(), "app")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNotNull();
    }
  }

  @Test
  void missingServiceAccountIsNamed(KubernetesClient client, TestNamespace ns) {
    providerConfigMap(client, ns, "generic", "nobody");
    assertReadyMessage(
        client,
        ns,
        GATE_ON,
        "failed to create kubernetes token for service account '"
            + ns.name()
            + "/nobody': serviceaccounts \"nobody\" not found");
  }

  @Test
  void cloudProvidersAreRefusedByName(KubernetesClient client, TestNamespace ns) {
    providerConfigMap(client, ns, "aws", "deployer");
    assertReadyMessage(
        client,
        ns,
        GATE_ON,
        "KubeConfig configmap '"
            + ns.name()
            + "/remote': provider 'aws' is not supported by this controller (it has no cloud"
            + " credentials); only provider 'generic' can be used");
  }

  @Test
  void serviceAccountTokensNeedTheFeatureGate(KubernetesClient client, TestNamespace ns) {
    providerConfigMap(client, ns, "generic", "deployer");
    assertReadyMessage(
        client,
        ns,
        KubeConfigPolicy.secure(),
        "KubeConfig configmap '"
            + ns.name()
            + "/remote': using service account 'deployer' requires the"
            + " ObjectLevelWorkloadIdentity feature gate, which is not enabled");
  }

  private static void assertReadyMessage(
      KubernetesClient client, TestNamespace ns, KubeConfigPolicy policy, String message) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults(), "", policy)) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("app", "./", PROVIDER_REF));

      harness.reconcile(ns.name(), "app");

      Condition ready = ready(harness.conformant(ns.name(), "app"));
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("ReconciliationFailed");
      assertThat(ready.getMessage()).isEqualTo(message);
      assertThat(client.configMaps().inNamespace(ns.name()).withName("web-settings").get())
          .isNull();
    }
  }

  private static void providerConfigMap(
      KubernetesClient client, TestNamespace ns, String provider, String serviceAccount) {
    String ca =
        new String(
            Base64.getDecoder().decode(client.getConfiguration().getCaCertData()),
            StandardCharsets.UTF_8);
    client
        .configMaps()
        .inNamespace(ns.name())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("remote")
                .endMetadata()
                .withData(
                    Map.of(
                        "provider", provider,
                        "address", client.getConfiguration().getMasterUrl(),
                        "ca.crt", ca,
                        "audiences", "https://kubernetes.default.svc\n",
                        "serviceAccountName", serviceAccount))
                .build())
        .create();
  }
}
