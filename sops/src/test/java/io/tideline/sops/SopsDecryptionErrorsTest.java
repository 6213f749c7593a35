package io.tideline.sops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SopsDecryptionErrorsTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void wrongKeyNamesTheRecipients() {
    assertThatThrownBy(
            () ->
                Fixtures.decryptor("wrong")
                    .decrypt(Fixtures.encrypted("app.yaml"), SopsFormat.YAML))
        .isInstanceOf(SopsException.class)
        .hasMessageStartingWith("no age identity matches the recipients: age1");
  }

  @Test
  void oneKeyGroupOfTwoIsNotEnough() {
    assertThatThrownBy(
            () ->
                Fixtures.decryptor("age")
                    .decrypt(Fixtures.encrypted("shamir.yaml"), SopsFormat.YAML))
        .hasMessageStartingWith(
            "not enough key groups decrypted: need 2 of 2, the configured keys open 1");
  }

  @Test
  void noKeysConfigured() {
    assertThatThrownBy(
            () ->
                new SopsDecryptor(List.of())
                    .decrypt(Fixtures.encrypted("app.yaml"), SopsFormat.YAML))
        .hasMessageStartingWith("no age identity configured");
  }

  @Test
  void invalidIdentityIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> new SopsDecryptor(List.of("AGE-SECRET-KEY-1NOTAKEY")))
        .isInstanceOf(SopsException.class)
        .hasMessage("invalid age identity #1: not a valid key");
  }

  @Test
  void editedUnencryptedValueIsAMacMismatch() {
    String tampered =
        Fixtures.encryptedText("partial.yaml").replace("readable text", "readable texT");

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(tampered), SopsFormat.YAML))
        .hasMessageStartingWith("MAC mismatch: file was tampered with");
  }

  @Test
  void removedValueIsAMacMismatch() {
    String tampered = Fixtures.encryptedText("partial.yaml").replaceFirst("(?m)^name: .*\\n", "");

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(tampered), SopsFormat.YAML))
        .hasMessageStartingWith("MAC mismatch");
  }

  @Test
  void tamperedTagFailsAuthenticationAndNamesThePath() {
    String doc = Fixtures.encryptedText("app.yaml");
    Matcher tag =
        Pattern.compile("(password: ENC\\[AES256_GCM,data:[^,]+,iv:[^,]+,tag:)(.)").matcher(doc);
    assertThat(tag.find()).isTrue();
    String flipped = tag.group(2).equals("A") ? "B" : "A";
    String tampered = doc.substring(0, tag.start(2)) + flipped + doc.substring(tag.end(2));

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(tampered), SopsFormat.YAML))
        .hasMessageStartingWith(
            "cannot decrypt value at database:password: AES-GCM authentication failed")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void valueMovedToAnotherKeyFailsAuthentication() {
    String doc = Fixtures.encryptedText("regex.yaml");
    Matcher password = Pattern.compile("password: (ENC\\[[^\\]]+\\])").matcher(doc);
    Matcher token = Pattern.compile("token: (ENC\\[[^\\]]+\\])").matcher(doc);
    assertThat(password.find() && token.find()).isTrue();
    String swapped = doc.replace(token.group(1), password.group(1));

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(swapped), SopsFormat.YAML))
        .hasMessageStartingWith("cannot decrypt value at spec:token");
  }

  @Test
  void malformedEncValueNamesThePath() {
    String tampered =
        Fixtures.encryptedText("regex.yaml")
            .replaceFirst("token: ENC\\[AES256_GCM,data:", "token: ENC[AES256_GCM,dat:");

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(tampered), SopsFormat.YAML))
        .hasMessageStartingWith("malformed ENC value at spec:token");
  }

  @Test
  void plaintextWhereCiphertextBelongsIsMalformed() {
    String tampered =
        Fixtures.encryptedText("regex.yaml")
            .replaceFirst("token: ENC\\[[^\\]]+\\]", "token: plain");

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(tampered), SopsFormat.YAML))
        .hasMessageStartingWith("malformed ENC value at spec:token");
  }

  @Test
  void kmsOnlyDocumentsAreUnsupported() {
    String doc =
        """
        password: ENC[AES256_GCM,data:AAAA,iv:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]
        sops:
          kms:
            - arn: arn:aws:kms:us-east-1:1:key/x
              enc: xyz
          lastmodified: "2026-01-01T00:00:00Z"
          mac: ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]
          version: 3.10.2
        """;

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(doc), SopsFormat.YAML))
        .hasMessage("no supported key: this document is encrypted for kms only");
  }

  @Test
  void unencryptedDocumentHasNoMetadata() {
    assertThatThrownBy(
            () -> Fixtures.decryptor("age").decrypt(Fixtures.plain("app.yaml"), SopsFormat.YAML))
        .hasMessageStartingWith("sops metadata not found");
  }

  @Test
  void tamperedDotenvValueIsAMacMismatchOrAuthFailure() {
    String tampered =
        Fixtures.encryptedText("app.env")
            .replaceFirst("(?m)^DB_USER=ENC\\[[^\\]]+\\]$", "DB_USER=");

    assertThatThrownBy(() -> Fixtures.decryptor("age").decrypt(bytes(tampered), SopsFormat.DOTENV))
        .hasMessageStartingWith("MAC mismatch");
  }
}
