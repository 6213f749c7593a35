package io.tideline.sops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents that real sops encrypted for an OpenPGP key (hack/sops-pgp-fixtures.sh). */
class SopsPgpDecryptionTest {
  private static final Path PGP = Fixtures.DIR.resolve("pgp");

  private static String text(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  private static byte[] encrypted(String name) throws IOException {
    return Files.readAllBytes(PGP.resolve("encrypted").resolve(name));
  }

  private static byte[] decrypted(String name) throws IOException {
    return Files.readAllBytes(PGP.resolve("decrypted").resolve(name));
  }

  private static String fingerprint(String name) throws IOException {
    String doc = text(PGP.resolve("encrypted").resolve(name));
    int at = doc.indexOf("fp: ");
    return doc.substring(at + 4, at + 44);
  }

  private static SopsDecryptor pgp(String keyName) throws Exception {
    return new SopsDecryptor(List.of(), List.of(text(Fixtures.DIR.resolve(keyName + ".asc"))));
  }

  @ParameterizedTest
  @CsvSource({"app.yaml,YAML", "config.json,JSON", "mixed.yaml,YAML"})
  void decryptsLikeSopsDecryptWithTheMacChecked(String name, SopsFormat format) throws Exception {
    byte[] out = pgp("pgp").decrypt(encrypted(name), format);

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(decrypted(name)));
  }

  @Test
  void decryptsDotenvExactly() throws Exception {
    byte[] out = pgp("pgp").decrypt(encrypted("app.env"), SopsFormat.DOTENV);

    assertThat(new String(out, StandardCharsets.UTF_8))
        .isEqualTo(new String(decrypted("app.env"), StandardCharsets.UTF_8));
  }

  @Test
  void mixedDocumentOpensWithTheAgeIdentityAlone() throws Exception {
    byte[] out = Fixtures.decryptor("age").decrypt(encrypted("mixed.yaml"), SopsFormat.YAML);

    assertThat(Fixtures.parse(out)).isEqualTo(Fixtures.parse(decrypted("mixed.yaml")));
  }

  @Test
  void secretDataLoadsAscAndAgekeyEntries() throws Exception {
    SopsDecryptor sops =
        SopsDecryptor.fromSecretData(
            Map.of(
                "identity.asc", Files.readAllBytes(Fixtures.DIR.resolve("pgp.asc")),
                "wrong.agekey", Fixtures.key("wrong"),
                "ignored.txt", "x".getBytes(StandardCharsets.UTF_8)));

    assertThat(sops.pgpKeyCount()).isEqualTo(1);
    assertThat(sops.identityCount()).isEqualTo(1);
    assertThat(Fixtures.parse(sops.decrypt(encrypted("app.yaml"), SopsFormat.YAML)))
        .isEqualTo(Fixtures.parse(decrypted("app.yaml")));
  }

  @Test
  void wrongPgpKeyNamesTheFingerprintWithoutKeyMaterial() throws Exception {
    String fp = fingerprint("app.yaml");

    assertThatThrownBy(() -> pgp("wrong-pgp").decrypt(encrypted("app.yaml"), SopsFormat.YAML))
        .isInstanceOf(SopsException.class)
        .hasMessage("no OpenPGP key matches the recipients: pgp:" + fp)
        .message()
        .doesNotContain("BEGIN PGP");
  }

  @Test
  void wrongKeysForAMixedDocumentNameBothRecipients() throws Exception {
    SopsDecryptor wrong =
        new SopsDecryptor(
            List.of(new String(Fixtures.key("wrong"), StandardCharsets.UTF_8)),
            List.of(text(Fixtures.DIR.resolve("wrong-pgp.asc"))));

    assertThatThrownBy(() -> wrong.decrypt(encrypted("mixed.yaml"), SopsFormat.YAML))
        .hasMessageStartingWith("no age identity or OpenPGP key matches the recipients: age1")
        .hasMessageEndingWith(", pgp:" + fingerprint("mixed.yaml"));
  }

  @Test
  void noKeysConfiguredForAPgpDocument() {
    assertThatThrownBy(
            () ->
                new SopsDecryptor(List.of(), List.of())
                    .decrypt(encrypted("app.yaml"), SopsFormat.YAML))
        .hasMessageStartingWith(
            "no OpenPGP key configured to decrypt a document for recipients: pgp:");
  }

  @Test
  void tamperedValueFailsTheMac() throws Exception {
    String doc = new String(encrypted("app.yaml"), StandardCharsets.UTF_8);
    String tampered = doc.replace("sops:", "extra_unencrypted: added without sops\nsops:");

    assertThatThrownBy(
            () -> pgp("pgp").decrypt(tampered.getBytes(StandardCharsets.UTF_8), SopsFormat.YAML))
        .hasMessageStartingWith("MAC mismatch");
  }

  @Test
  void malformedAscEntryIsNamedWithoutEchoingIt() {
    Map<String, byte[]> data =
        Map.of("broken.asc", "not a key SECRETVALUE".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SopsDecryptor.fromSecretData(data))
        .isInstanceOf(SopsException.class)
        .hasMessage("invalid OpenPGP key 'broken.asc': not an ASCII-armored OpenPGP secret key");
  }

  @Test
  void publicKeyIsNotASecretKey() throws Exception {
    String publicOnly = text(Fixtures.DIR.resolve("pgp.pub.asc"));

    assertThatThrownBy(() -> new SopsDecryptor(List.of(), List.of(publicOnly)))
        .hasMessageStartingWith("invalid OpenPGP key #1: ")
        .message()
        .doesNotContain("BEGIN PGP");
  }

  @Test
  void passphraseProtectedKeyIsRejected() throws Exception {
    String protectedKey = text(Fixtures.DIR.resolve("protected-pgp.asc"));

    assertThatThrownBy(() -> new SopsDecryptor(List.of(), List.of(protectedKey)))
        .hasMessage(
            "invalid OpenPGP key #1: the secret key is passphrase-protected or unreadable (only"
                + " unprotected keys are supported)");
  }
}
