package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@code spec.decryption} with a Secret encrypted by real sops 3.10.2 for an age recipient (the
 * sops module's fixture): the right key applies the decrypted values, a wrong key fails the build
 * naming the Secret and applies nothing.
 */
@KubeApiServerTest
class KustomizationSopsIT {

  private static final String COMMIT = "3333333333333333333333333333333333333333";
  private static final String DECRYPTION =
      """
      decryption:
        provider: sops
        secretRef:
          name: sops-keys
      """;

  @Test
  void decryptsSopsSecretsWithTheAgeKey(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      keySecret(client, ns, "age.agekey");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "sops-secret", COMMIT));
      harness.create(ns.name(), kustomization("secrets", "./", DECRYPTION));

      harness.reconcile(ns.name(), "secrets");

      assertThat(ready(harness.conformant(ns.name(), "secrets")).getStatus())
          .isEqualTo(ConditionStatus.True);
      Secret secret = client.secrets().inNamespace(ns.name()).withName("app-credentials").get();
      assertThat(decoded(secret, "username")).isEqualTo("admin");
      assertThat(decoded(secret, "config.yaml")).isEqualTo("key: value\n");
      assertThat(secret.getData()).containsKey("password");
      assertThat(secret.getAdditionalProperties()).doesNotContainKey("sops");
    }
  }

  @Test
  void aWrongKeyFailsTheBuildAndAppliesNothing(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      keySecret(client, ns, "wrong.agekey");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "sops-secret", COMMIT));
      harness.create(ns.name(), kustomization("secrets", "./", DECRYPTION));

      harness.reconcile(ns.name(), "secrets");

      Condition ready = ready(harness.conformant(ns.name(), "secrets"));
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("BuildFailed");
      assertThat(ready.getMessage()).contains("Secret/" + ns.name() + "/app-credentials");
      assertThat(client.secrets().inNamespace(ns.name()).withName("app-credentials").get())
          .isNull();
    }
  }

  @Test
  void withoutDecryptionAnEncryptedSecretIsRefused(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "sops-secret", COMMIT));
      harness.create(ns.name(), kustomization("secrets", "./", ""));

      harness.reconcile(ns.name(), "secrets");

      Condition ready = ready(harness.conformant(ns.name(), "secrets"));
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getMessage()).contains("is SOPS encrypted");
      assertThat(client.secrets().inNamespace(ns.name()).withName("app-credentials").get())
          .isNull();
    }
  }

  @Test
  void decryptsAGeneratorFileWithAnOpenPgpKey(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      keySecret(client, ns, "pgp.asc", "identity.asc");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "sops-pgp", COMMIT));
      harness.create(ns.name(), kustomization("pgp", "./", DECRYPTION));

      harness.reconcile(ns.name(), "pgp");

      assertThat(ready(harness.conformant(ns.name(), "pgp")).getStatus())
          .isEqualTo(ConditionStatus.True);
      Secret secret = client.secrets().inNamespace(ns.name()).withName("pgp-config").get();
      assertThat(decoded(secret, "app.yaml")).contains("password:").doesNotContain("ENC[");
    }
  }

  private static void keySecret(KubernetesClient client, TestNamespace ns, String keyFile) {
    keySecret(client, ns, keyFile, "identity.agekey");
  }

  private static void keySecret(
      KubernetesClient client, TestNamespace ns, String keyFile, String entry) {
    try (InputStream in = KustomizationSopsIT.class.getResourceAsStream("/sops-keys/" + keyFile)) {
      String key = Base64.getEncoder().encodeToString(in.readAllBytes());
      client
          .secrets()
          .inNamespace(ns.name())
          .resource(
              new SecretBuilder()
                  .withNewMetadata()
                  .withName("sops-keys")
                  .endMetadata()
                  .addToData(entry, key)
                  .build())
          .create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decoded(Secret secret, String key) {
    return new String(
        Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }
}
