package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.EnvtestCluster;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * SOPS decryption of the files kustomize generators read, with files encrypted by real sops 3.10.2
 * ({@code hack/kustomize-sops-fixtures.sh}): secretGenerator envs/files (dotenv, YAML, JSON,
 * binary), an encrypted patch, a Secret data entry holding a sops document, a JSON-encrypted Secret
 * manifest and a component; the {@code --sops-age-secret} fallback and secretRef precedence; bad
 * keys fail the build naming the file and leave applied objects alone; a re-apply writes nothing.
 */
@KubeApiServerTest
class KustomizationSopsGeneratorsIT {

  private static final String COMMIT = "6666666666666666666666666666666666666666";
  private static final String NEXT_COMMIT = "7777777777777777777777777777777777777777";
  private static final String FIXTURE = "sops-generators";
  private static final String DECRYPTION =
      """
      decryption:
        provider: sops
        secretRef:
          name: sops-keys
      """;
  private static final String GLOBAL_DECRYPTION =
      """
      decryption:
        provider: sops
      """;

  @Test
  void generatedSecretsHoldThePlaintextAndAReapplyWritesNothing(
      EnvtestCluster cluster, TestNamespace ns) throws Exception {
    List<String> writes = new CopyOnWriteArrayList<>();
    try (KubernetesClient client = countingClient(cluster, writes);
        KustomizationHarness harness =
            new KustomizationHarness(client, KustomizationSettings.defaults())) {
      keySecret(client, ns.name(), "sops-keys", "age.agekey");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, COMMIT));
      harness.create(ns.name(), kustomization("gen", "./", DECRYPTION));

      harness.reconcile(ns.name(), "gen");

      assertThat(ready(harness.conformant(ns.name(), "gen")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertPlaintext(client, ns.name());

      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, NEXT_COMMIT));
      harness.events.clear();
      writes.clear();

      harness.reconcile(ns.name(), "gen");

      Kustomization ks = harness.conformant(ns.name(), "gen");
      assertThat(ks.getStatus().getLastAppliedRevision()).endsWith(NEXT_COMMIT);
      assertThat(writes).noneMatch(w -> w.contains("/secrets") || w.contains("/configmaps"));
      assertThat(harness.events.messages())
          .noneMatch(m -> m.contains("configured") || m.contains("created"));
      writes.clear();

      harness.reconcile(ns.name(), "gen");

      assertThat(writes).isEmpty();
    }
  }

  @Test
  void aWrongKeyFailsNamingTheFileAndLeavesAppliedObjects(
      KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      keySecret(client, ns.name(), "sops-keys", "age.agekey");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, COMMIT));
      harness.create(ns.name(), kustomization("gen", "./", DECRYPTION));
      harness.reconcile(ns.name(), "gen");
      Kustomization before = harness.get(ns.name(), "gen");
      client.secrets().inNamespace(ns.name()).withName("sops-keys").delete();
      keySecret(client, ns.name(), "sops-keys", "wrong.agekey");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, NEXT_COMMIT));

      harness.reconcile(ns.name(), "gen");

      Kustomization after = harness.conformant(ns.name(), "gen");
      Condition ready = ready(after);
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("BuildFailed");
      assertThat(ready.getMessage())
          .startsWith("error decrypting sources: failed to decrypt 'envs/app.env'")
          .contains("no age identity matches the recipients")
          .doesNotContain("hunter2")
          .doesNotContain("AGE-SECRET-KEY");
      assertThat(harness.events.messages()).noneMatch(m -> m.contains("hunter2"));
      assertThat(after.getStatus().getInventory().getEntries())
          .isEqualTo(before.getStatus().getInventory().getEntries());
      assertThat(after.getStatus().getLastAppliedRevision()).endsWith(COMMIT);
      assertPlaintext(client, ns.name());
    }
  }

  @Test
  void theGlobalAgeSecretDecryptsWhenThereIsNoSecretRef(KubernetesClient client, TestNamespace ns) {
    KustomizationSettings settings =
        KustomizationSettings.defaults()
            .withSopsAgeSecret(Optional.of(new SopsAgeSecret(ns.name(), "global-age")));
    try (KustomizationHarness harness = new KustomizationHarness(client, settings)) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, COMMIT));
      harness.create(ns.name(), kustomization("gen", "./", GLOBAL_DECRYPTION));

      harness.reconcile(ns.name(), "gen");

      Condition missing = ready(harness.conformant(ns.name(), "gen"));
      assertThat(missing.getReason()).isEqualTo("BuildFailed");
      assertThat(missing.getMessage())
          .isEqualTo("SOPS age decryption Secret '" + ns.name() + "/global-age' not found");
      assertThat(client.secrets().inNamespace(ns.name()).withName("env-secret").get()).isNull();

      keySecret(client, ns.name(), "global-age", "age.agekey");
      harness.reconcile(ns.name(), "gen");

      assertThat(ready(harness.conformant(ns.name(), "gen")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertPlaintext(client, ns.name());
    }
  }

  @Test
  void aSecretRefWinsOverTheGlobalAgeSecretWithoutMerging(
      KubernetesClient client, TestNamespace ns) {
    KustomizationSettings settings =
        KustomizationSettings.defaults()
            .withSopsAgeSecret(Optional.of(new SopsAgeSecret(ns.name(), "global-age")));
    try (KustomizationHarness harness = new KustomizationHarness(client, settings)) {
      keySecret(client, ns.name(), "global-age", "age.agekey");
      keySecret(client, ns.name(), "sops-keys", "wrong.agekey");
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, COMMIT));
      harness.create(ns.name(), kustomization("gen", "./", DECRYPTION));

      harness.reconcile(ns.name(), "gen");

      Condition ready = ready(harness.conformant(ns.name(), "gen"));
      assertThat(ready.getReason()).isEqualTo("BuildFailed");
      assertThat(ready.getMessage()).contains("'envs/app.env'");

      client.secrets().inNamespace(ns.name()).withName("sops-keys").delete();
      keySecret(client, ns.name(), "sops-keys", "age.agekey");
      harness.reconcile(ns.name(), "gen");

      assertThat(ready(harness.conformant(ns.name(), "gen")).getStatus())
          .isEqualTo(ConditionStatus.True);
      assertPlaintext(client, ns.name());
    }
  }

  @Test
  void aMissingDecryptionSecretFailsBeforeTheBuild(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, COMMIT));
      harness.create(ns.name(), kustomization("gen", "./", DECRYPTION));

      harness.reconcile(ns.name(), "gen");

      Condition ready = ready(harness.conformant(ns.name(), "gen"));
      assertThat(ready.getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready.getReason()).isEqualTo("BuildFailed");
      assertThat(ready.getMessage())
          .isEqualTo("decryption Secret '" + ns.name() + "/sops-keys' not found");
      assertThat(client.secrets().inNamespace(ns.name()).withName("file-secret").get()).isNull();
    }
  }

  @Test
  void withoutDecryptionGeneratorFilesStayAsTheyAre(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", FIXTURE, COMMIT));
      harness.create(ns.name(), kustomization("gen", "./files", ""));

      harness.reconcile(ns.name(), "gen");

      assertThat(ready(harness.conformant(ns.name(), "gen")).getStatus())
          .isEqualTo(ConditionStatus.True);
      Secret secret = client.secrets().inNamespace(ns.name()).withName("file-secret").get();
      assertThat(decoded(secret, "config.yaml")).contains("ENC[AES256_GCM").contains("sops:");
      assertThat(decoded(secret, "notes.txt")).isEqualTo("not encrypted\n");
    }
  }

  private static void assertPlaintext(KubernetesClient client, String namespace) {
    Secret env = secret(client, namespace, "env-secret");
    assertThat(decoded(env, "DB_USER")).isEqualTo("admin");
    assertThat(decoded(env, "DB_PASSWORD")).isEqualTo("hunter2");
    assertThat(env.getData().keySet()).noneMatch(k -> k.startsWith("sops_"));
    assertThat(client.configMaps().inNamespace(namespace).withName("env-config").get().getData())
        .containsEntry("DB_USER", "admin");

    Secret files = secret(client, namespace, "file-secret");
    assertThat(decoded(files, "config.yaml"))
        .isEqualTo("key: value\nnested:\n  password: s3cr3t\n");
    assertThat(decoded(files, "settings.json"))
        .contains("\"endpoint\": \"https://db.internal\"")
        .contains("\"retries\": 3")
        .doesNotContain("sops");
    assertThat(decoded(files, "token")).isEqualTo("tok\u0001en-bytes\nsecond line\n");
    assertThat(decoded(files, "notes.txt")).isEqualTo("not encrypted\n");

    Secret patched = secret(client, namespace, "patched-secret");
    assertThat(decoded(patched, "base")).isEqualTo("literal");
    assertThat(decoded(patched, "patched")).isEqualTo("from-encrypted-patch");

    Secret inside = secret(client, namespace, "inside-secret");
    assertThat(decoded(inside, "token")).isEqualTo("inside-value");
    assertThat(decoded(inside, "plain")).isEqualTo("untouched");

    Secret json = secret(client, namespace, "json-secret");
    assertThat(decoded(json, "password")).isEqualTo("json-s3cr3t");
    assertThat(json.getAdditionalProperties()).doesNotContainKey("sops");

    Secret component = secret(client, namespace, "component-secret");
    assertThat(decoded(component, "COMPONENT_TOKEN")).isEqualTo("from-component");
  }

  private static Secret secret(KubernetesClient client, String namespace, String name) {
    Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
    assertThat(secret).as("Secret %s/%s", namespace, name).isNotNull();
    return secret;
  }

  private static KubernetesClient countingClient(EnvtestCluster cluster, List<String> writes)
      throws IOException {
    Interceptor counter =
        new Interceptor() {
          @Override
          public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            boolean dryRun = String.valueOf(request.uri().getQuery()).contains("dryRun=All");
            if (!request.method().equals("GET") && !dryRun) {
              writes.add(request.method() + " " + request.uri().getPath());
            }
          }
        };
    Config config = Config.fromKubeconfig(Files.readString(cluster.kubeconfig()));
    return new KubernetesClientBuilder()
        .withConfig(config)
        .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("count", counter))
        .build();
  }

  static void keySecret(KubernetesClient client, String namespace, String name, String keyFile) {
    try (InputStream in =
        KustomizationSopsGeneratorsIT.class.getResourceAsStream("/sops-keys/" + keyFile)) {
      client
          .secrets()
          .inNamespace(namespace)
          .resource(
              new SecretBuilder()
                  .withNewMetadata()
                  .withName(name)
                  .endMetadata()
                  .addToData(
                      "identity.agekey", Base64.getEncoder().encodeToString(in.readAllBytes()))
                  .addToData("ignored.txt", Base64.getEncoder().encodeToString("x".getBytes()))
                  .build())
          .create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decoded(Secret secret, String key) {
    assertThat(secret.getData()).containsKey(key);
    return new String(
        Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }
}
