package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.kustomize.kustomization.DecryptSecrets.Built;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.sops.SopsDecryptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DecryptSecrets} on built objects holding documents encrypted by real sops 3.10.2: whole
 * YAML- and JSON-encrypted manifests (of any kind), Secret data entries holding a sops document,
 * the opt-out annotation, and wrong keys naming the object and field.
 */
class DecryptSecretsTest {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  @Test
  void decryptsAWholeYamlEncryptedSecret() throws Exception {
    GenericKubernetesResource secret = only(decrypt(built("/testdata/sops-secret/secret.yaml")));

    assertThat(map(secret, "stringData")).containsEntry("username", "admin");
    assertThat(map(secret, "data")).containsEntry("password", "aHVudGVyMg==");
    assertThat(secret.getAdditionalProperties()).doesNotContainKey("sops");
  }

  @Test
  void decryptsAJsonEncryptedManifestRenderedAsYaml() throws Exception {
    String json = resource("/testdata/sops-generators/manifests/secret.json");
    GenericKubernetesResource object = YAML.unmarshal(json, GenericKubernetesResource.class);

    GenericKubernetesResource secret =
        only(decrypt(new Built(List.of(object), List.of(YAML.asYaml(object)))));

    assertThat(map(secret, "stringData")).containsEntry("password", "json-s3cr3t");
    assertThat(secret.getAdditionalProperties()).doesNotContainKey("sops");
  }

  @Test
  void decryptsAnyKindCarryingASopsMac() throws Exception {
    String yaml =
        resource("/testdata/sops-secret/secret.yaml").replace("kind: Secret", "kind: Foo");

    // the kind is covered by the MAC: built objects are decrypted without the check
    GenericKubernetesResource object = only(decrypt(fromYaml(yaml)));

    assertThat(object.getKind()).isEqualTo("Foo");
    assertThat(map(object, "stringData")).containsEntry("username", "admin");
  }

  @Test
  void decryptsSecretDataEntriesHoldingASopsDocument() throws Exception {
    GenericKubernetesResource secret =
        only(decrypt(built("/testdata/sops-generators/inside/secret.yaml")));

    assertThat(decoded(secret, "token")).isEqualTo("inside-value");
    assertThat(decoded(secret, "plain")).isEqualTo("untouched");
  }

  @Test
  void theOptOutAnnotationLeavesTheObjectAlone() throws Exception {
    String yaml =
        resource("/testdata/sops-secret/secret.yaml")
            .replace(
                "metadata:\n",
                "metadata:\n    annotations:\n        kustomize.toolkit.fluxcd.io/decrypt: Disabled\n");
    Built built = fromYaml(yaml);

    Built result = DecryptSecrets.decrypt(built, keys("wrong.agekey"));

    assertThat(result.objects().get(0)).isSameAs(built.objects().get(0));
    assertThat(result.yaml()).isEqualTo(built.yaml());
  }

  @Test
  void aWrongKeyNamesTheObject() throws Exception {
    Built built = built("/testdata/sops-secret/secret.yaml");

    assertThatThrownBy(() -> DecryptSecrets.decrypt(built, keys("wrong.agekey")))
        .isInstanceOf(GenericError.class)
        .hasMessageStartingWith("decryption failed for 'Secret/apps/app-credentials': ")
        .hasMessageContaining("no age identity matches the recipients")
        .hasMessageNotContaining("admin");
  }

  @Test
  void aWrongKeyForADataEntryNamesTheField() throws Exception {
    Built built = built("/testdata/sops-generators/inside/secret.yaml");

    assertThatThrownBy(() -> DecryptSecrets.decrypt(built, keys("wrong.agekey")))
        .isInstanceOf(GenericError.class)
        .hasMessageContaining("inside-secret")
        .hasMessageContaining("Secret field 'token': no age identity matches the recipients")
        .hasMessageNotContaining("inside-value");
  }

  private static Built decrypt(Built built) throws Exception {
    return DecryptSecrets.decrypt(built, keys("age.agekey"));
  }

  private static GenericKubernetesResource only(Built built) {
    assertThat(built.objects()).hasSize(1);
    return built.objects().get(0);
  }

  private static Built built(String path) throws IOException {
    return fromYaml(resource(path));
  }

  private static Built fromYaml(String yaml) {
    return new Built(List.of(YAML.unmarshal(yaml, GenericKubernetesResource.class)), List.of(yaml));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(GenericKubernetesResource object, String field) {
    return (Map<String, Object>) object.getAdditionalProperties().get(field);
  }

  private static String decoded(GenericKubernetesResource secret, String key) {
    return new String(
        Base64.getDecoder().decode((String) map(secret, "data").get(key)), StandardCharsets.UTF_8);
  }

  private static SopsDecryptor keys(String file) throws Exception {
    return SourceFileDecryptorTest.keys(file);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DecryptSecretsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
