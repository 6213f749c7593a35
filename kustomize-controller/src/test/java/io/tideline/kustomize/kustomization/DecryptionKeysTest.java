package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.sops.SopsDecryptor;
import io.tideline.sops.SopsFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecryptionKeysTest {

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = DecryptionKeysTest.class.getResourceAsStream("/sops-keys/" + name)) {
      return in.readAllBytes();
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void secretRefLoadsAscAndAgekeyEntries() throws Exception {
    Map<String, String> data =
        Map.of(
            "identity.asc", base64(resource("pgp.asc")),
            "age.agekey", base64(resource("age.agekey")));

    SopsDecryptor sops = DecryptionKeys.fromSecretData(data, "decryption Secret", "ns/keys", true);

    assertThat(sops.pgpKeyCount()).isEqualTo(1);
    assertThat(sops.identityCount()).isEqualTo(1);
    String plain =
        new String(sops.decrypt(resource("pgp-app.yaml"), SopsFormat.YAML), StandardCharsets.UTF_8);
    assertThat(plain).doesNotContain("ENC[", "sops:");
  }

  @Test
  void globalAgeSecretIgnoresAscEntries() throws Exception {
    Map<String, String> data = Map.of("identity.asc", base64(resource("pgp.asc")));

    SopsDecryptor sops =
        DecryptionKeys.fromSecretData(data, "SOPS age decryption Secret", "flux/age", false);

    assertThat(sops.pgpKeyCount()).isZero();
  }

  @Test
  void malformedAscIsBuildFailedNamingSecretAndEntryWithoutItsContent() {
    Map<String, String> data =
        Map.of("broken.asc", base64("SECRET-MATERIAL".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(
            () -> DecryptionKeys.fromSecretData(data, "decryption Secret", "ns/keys", true))
        .isInstanceOfSatisfying(
            GenericError.class, e -> assertThat(e.reason()).isEqualTo(Reasons.BUILD_FAILED))
        .hasMessage(
            "failed to import 'broken.asc' data from decryption Secret 'ns/keys': not a valid"
                + " unprotected OpenPGP secret key")
        .message()
        .doesNotContain("SECRET-MATERIAL");
  }
}
