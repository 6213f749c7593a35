package io.tideline.sops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flux's Secret paths: whole encrypted objects as JSON, data entries decrypted into other formats.
 */
class SopsConversionTest {

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void decryptsAnEncryptedSecretObjectAsJson() throws Exception {
    byte[] out =
        Fixtures.decryptor("age").decrypt(Fixtures.encrypted("secret.json"), SopsFormat.JSON);

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(Fixtures.decrypted("secret.json")));
  }

  @Test
  void labelAddedByKustomizeBreaksTheMacUnlessMacCheckIsOff() throws Exception {
    String built =
        Fixtures.encryptedText("secret.yaml")
            .replace(
                "    namespace: apps\n", "    namespace: apps\n    labels:\n        team: core\n");

    assertThatThrownBy(
            () ->
                Fixtures.decryptor("age")
                    .decrypt(built.getBytes(StandardCharsets.UTF_8), SopsFormat.YAML))
        .hasMessageStartingWith("MAC mismatch");

    byte[] out =
        Fixtures.decryptor("age")
            .verifyMac(false)
            .decrypt(built.getBytes(StandardCharsets.UTF_8), SopsFormat.YAML);
    assertThat(text(out)).contains("team: core", "username: admin", "password: aHVudGVyMg==");
  }

  @Test
  void yamlDataEntryCanBeWrittenAsJson() throws Exception {
    byte[] out =
        Fixtures.decryptor("age")
            .decrypt(Fixtures.encrypted("partial.yaml"), SopsFormat.YAML, SopsFormat.JSON);

    assertThat(text(out)).startsWith("{").contains("\"count_unencrypted\": 42");
    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(Fixtures.decrypted("partial.yaml")));
  }

  @Test
  void dotenvCanBeWrittenAsYaml() throws Exception {
    byte[] out =
        Fixtures.decryptor("age")
            .decrypt(Fixtures.encrypted("app.env"), SopsFormat.DOTENV, SopsFormat.YAML);

    assertThat(Fixtures.parse(out))
        .isEqualTo(Map.of("DB_USER", "admin", "DB_PASSWORD", "hunter2", "MULTI", "line1\nline2"));
  }

  @Test
  void binaryEnvelopeCanBeReadAsJson() throws Exception {
    byte[] out =
        Fixtures.decryptor("age")
            .decrypt(Fixtures.encrypted("blob.bin"), SopsFormat.JSON, SopsFormat.JSON);

    assertThat(text(out)).startsWith("{\n    \"data\": \"binary");
  }

  @Test
  void nestedYamlCannotBeWrittenAsDotenv() {
    assertThatThrownBy(
            () ->
                Fixtures.decryptor("age")
                    .decrypt(Fixtures.encrypted("app.yaml"), SopsFormat.YAML, SopsFormat.DOTENV))
        .hasMessage("cannot write dotenv: value of database is not a scalar");
  }

  @Test
  void detectsTheEncryptedFormatFromMarkers() {
    assertThat(SopsDecryptor.detectFormat(Fixtures.encrypted("app.yaml")))
        .contains(SopsFormat.YAML);
    assertThat(SopsDecryptor.detectFormat(Fixtures.encrypted("secret.json")))
        .contains(SopsFormat.JSON);
    assertThat(SopsDecryptor.detectFormat(Fixtures.encrypted("blob.bin")))
        .contains(SopsFormat.JSON);
    assertThat(SopsDecryptor.detectFormat(Fixtures.encrypted("app.env")))
        .contains(SopsFormat.DOTENV);
    assertThat(SopsDecryptor.detectFormat(Fixtures.plain("app.yaml"))).isEmpty();
  }

  @Test
  void readsAgeKeysFromSecretDataEntries() throws Exception {
    SopsDecryptor sops =
        SopsDecryptor.fromSecretData(
            Map.of(
                "identity.agekey", Fixtures.key("age"),
                "other.agekey", Fixtures.key("other"),
                "sops.vault-token", "ignored".getBytes(StandardCharsets.UTF_8)));

    assertThat(sops.identityCount()).isEqualTo(2);
    assertThat(text(sops.decrypt(Fixtures.encrypted("app.env"), SopsFormat.DOTENV)))
        .contains("DB_PASSWORD=hunter2");
  }
}
