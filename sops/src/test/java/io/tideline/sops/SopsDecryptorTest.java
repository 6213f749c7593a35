package io.tideline.sops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SopsDecryptorTest {

  record Case(String encrypted, SopsFormat format) {
    @Override
    public String toString() {
      return encrypted;
    }
  }

  static Stream<Case> structuredCases() {
    return Stream.of(
        new Case("app.yaml", SopsFormat.YAML),
        new Case("config.json", SopsFormat.JSON),
        new Case("secret.yaml", SopsFormat.YAML),
        new Case("partial.yaml", SopsFormat.YAML),
        new Case("encrypted-suffix.yaml", SopsFormat.YAML),
        new Case("regex.yaml", SopsFormat.YAML),
        new Case("mac-only.yaml", SopsFormat.YAML),
        new Case("secret.json", SopsFormat.JSON));
  }

  @ParameterizedTest
  @MethodSource("structuredCases")
  void decryptsLikeSopsDecrypt(Case c) throws Exception {
    byte[] out = Fixtures.decryptor("age").decrypt(Fixtures.encrypted(c.encrypted()), c.format());

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(Fixtures.decrypted(c.encrypted())));
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
    assertThat(commentLines(out))
        .containsExactlyElementsOf(
            commentLines(new String(Fixtures.decrypted("app.yaml"), StandardCharsets.UTF_8)))
        .contains("# first server");
    assertThat(out.indexOf("apiVersion")).isLessThan(out.indexOf("database"));
    assertThat(out.indexOf("servers")).isLessThan(out.indexOf("certificate"));
  }

  private static List<String> commentLines(String yaml) {
    return yaml.lines()
        .map(l -> l.strip().replaceFirst("^- ", ""))
        .filter(l -> l.startsWith("#"))
        .toList();
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
        .isEqualTo(new String(Fixtures.decrypted("app.env"), StandardCharsets.UTF_8))
        .isEqualTo(new String(Fixtures.plain("app.env"), StandardCharsets.UTF_8));
  }

  @Test
  void decryptsBinaryToTheOriginalBytes() throws Exception {
    byte[] out =
        Fixtures.decryptor("age").decrypt(Fixtures.encrypted("blob.bin"), SopsFormat.BINARY);

    assertThat(out).isEqualTo(Fixtures.decrypted("blob.bin")).isEqualTo(Fixtures.plain("blob.bin"));
  }

  @Test
  void anyOfSeveralRecipientsDecrypts() throws Exception {
    byte[] out =
        Fixtures.decryptor("wrong", "other")
            .decrypt(Fixtures.encrypted("multi-recipient.yaml"), SopsFormat.YAML);

    assertThat(Fixtures.parse(out))
        .isEqualTo(Fixtures.parse(Fixtures.decrypted("multi-recipient.yaml")));
  }

  @Test
  void recombinesADataKeySplitAcrossKeyGroups() throws Exception {
    byte[] out =
        Fixtures.decryptor("age", "other")
            .decrypt(Fixtures.encrypted("shamir.yaml"), SopsFormat.YAML);

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(Fixtures.decrypted("shamir.yaml")));
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
