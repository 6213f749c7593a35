package io.tideline.sops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SopsDecryptorTest {

  record Case(String encrypted, String plain, SopsFormat format) {
    @Override
    public String toString() {
      return encrypted;
    }
  }

  static Stream<Case> structuredCases() {
    return Stream.of(
        new Case("app.yaml", "app.yaml", SopsFormat.YAML),
        new Case("config.json", "config.json", SopsFormat.JSON),
        new Case("secret.yaml", "secret.yaml", SopsFormat.YAML),
        new Case("partial.yaml", "partial.yaml", SopsFormat.YAML),
        new Case("encrypted-suffix.yaml", "partial.yaml", SopsFormat.YAML),
        new Case("regex.yaml", "regex.yaml", SopsFormat.YAML),
        new Case("mac-only.yaml", "regex.yaml", SopsFormat.YAML));
  }

  @ParameterizedTest
  @MethodSource("structuredCases")
  void decryptsSopsOutputToThePlaintextStructure(Case c) throws Exception {
    byte[] out = Fixtures.decryptor("age").decrypt(Fixtures.encrypted(c.encrypted()), c.format());

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(Fixtures.plain(c.plain())));
    assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("ENC[", "sops");
  }

  @Test
  void yamlKeepsKeyOrderTypesAndComments() throws Exception {
    String out =
        new String(
            Fixtures.decryptor("age").decrypt(Fixtures.encrypted("app.yaml"), SopsFormat.YAML),
            StandardCharsets.UTF_8);

    assertThat(out)
        .contains("# Application settings", "primary")
        .contains("port: 5432", "ratio: 0.75", "enabled: true", "quoted: '123'")
        .contains("password: s3cr3t-p@ss");
    assertThat(out.indexOf("apiVersion")).isLessThan(out.indexOf("database"));
    assertThat(out.indexOf("servers")).isLessThan(out.indexOf("certificate"));
  }

  @Test
  void jsonKeepsTypes() throws Exception {
    String out =
        new String(
            Fixtures.decryptor("age").decrypt(Fixtures.encrypted("config.json"), SopsFormat.JSON),
            StandardCharsets.UTF_8);

    assertThat(out).contains("\"replicas\": 3", "\"threshold\": 1.5", "\"debug\": false");
  }

  @Test
  void decryptsDotenvLineForLine() throws Exception {
    byte[] out =
        Fixtures.decryptor("age").decrypt(Fixtures.encrypted("app.env"), SopsFormat.DOTENV);

    assertThat(new String(out, StandardCharsets.UTF_8))
        .isEqualTo(new String(Fixtures.plain("app.env"), StandardCharsets.UTF_8));
  }

  @Test
  void decryptsBinaryToTheOriginalBytes() throws Exception {
    byte[] out =
        Fixtures.decryptor("age").decrypt(Fixtures.encrypted("blob.bin"), SopsFormat.BINARY);

    assertThat(out).isEqualTo(Fixtures.plain("blob.bin"));
  }

  @Test
  void anyOfSeveralRecipientsDecrypts() throws Exception {
    byte[] out =
        Fixtures.decryptor("wrong", "other")
            .decrypt(Fixtures.encrypted("multi-recipient.yaml"), SopsFormat.YAML);

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(Fixtures.plain("app.yaml")));
  }

  @Test
  void detectsEncryptedDocumentsByFormatMarker() {
    assertThat(SopsDecryptor.isEncrypted(Fixtures.encrypted("app.yaml"), SopsFormat.YAML)).isTrue();
    assertThat(SopsDecryptor.isEncrypted(Fixtures.encrypted("app.env"), SopsFormat.DOTENV))
        .isTrue();
    assertThat(SopsDecryptor.isEncrypted(Fixtures.encrypted("config.json"), SopsFormat.JSON))
        .isTrue();
    assertThat(SopsDecryptor.isEncrypted(Fixtures.encrypted("blob.bin"), SopsFormat.BINARY))
        .isTrue();
    assertThat(SopsDecryptor.isEncrypted(Fixtures.plain("app.yaml"), SopsFormat.YAML)).isFalse();
  }
}
