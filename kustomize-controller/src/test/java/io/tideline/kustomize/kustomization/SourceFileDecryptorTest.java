package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.sops.SopsDecryptor;
import io.tideline.sops.SopsFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SourceFileDecryptor} on files encrypted by real sops 3.10.2 ({@code
 * hack/kustomize-sops-fixtures.sh}): each format decrypts in place, plain files stay, bad input
 * fails naming the file without leaking plaintext.
 */
class SourceFileDecryptorTest {

  @TempDir Path root;

  private SourceFileDecryptor decryptor;

  @BeforeEach
  void copyFixtures() throws Exception {
    Path fixtures = Path.of(getClass().getResource("/testdata/sops-generators").toURI());
    try (Stream<Path> walk = Files.walk(fixtures)) {
      for (Path source : walk.toList()) {
        Path target = root.resolve(fixtures.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    decryptor = new SourceFileDecryptor(keys("age.agekey"));
  }

  record Case(String path, SopsFormat format, String plaintext) {}

  static Stream<Case> encrypted() {
    return Stream.of(
        new Case(
            "envs/app.env", SopsFormat.DOTENV, "# database\nDB_USER=admin\nDB_PASSWORD=hunter2\n"),
        new Case("files/config.yaml", SopsFormat.YAML, "key: value\nnested:\n  password: s3cr3t\n"),
        new Case(
            "files/settings.json",
            SopsFormat.JSON,
            "{\n\t\"endpoint\": \"https://db.internal\",\n\t\"retries\": 3\n}"),
        new Case("files/token.bin", SopsFormat.BINARY, "tok\u0001en-bytes\nsecond line\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encrypted")
  void decryptsEachFormatInPlaceWithOwnerOnlyPermissions(Case c) throws Exception {
    Path file = root.resolve(c.path());

    assertThat(decryptor.decrypt(new SourceFile(file, c.path(), c.format(), "x"))).isTrue();

    String plain = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(plain.strip().replaceAll("\\s+", " "))
        .isEqualTo(c.plaintext().strip().replaceAll("\\s+", " "));
    assertThat(plain).doesNotContain("sops");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aFileWithoutTheMarkerOfItsFormatIsLeftUnchanged() throws Exception {
    Path notes = root.resolve("files/notes.txt");
    Path env = root.resolve("envs/app.env");
    byte[] envBefore = Files.readAllBytes(env);

    assertThat(decryptor.decrypt(new SourceFile(notes, "files/notes.txt", SopsFormat.BINARY, "x")))
        .isFalse();
    assertThat(decryptor.decrypt(new SourceFile(env, "envs/app.env", SopsFormat.YAML, "x")))
        .isFalse();

    assertThat(Files.readString(notes)).isEqualTo("not encrypted\n");
    assertThat(Files.readAllBytes(env)).isEqualTo(envBefore);
  }

  @Test
  void aFileForAnotherKeyFailsNamingTheFileAndItsRecipient() throws Exception {
    SourceFileDecryptor wrong = new SourceFileDecryptor(keys("wrong.agekey"));
    Path file = root.resolve("envs/app.env");
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(
            () ->
                wrong.decrypt(
                    new SourceFile(
                        file, "envs/app.env", SopsFormat.DOTENV, "envs/kustomization.yaml")))
        .isInstanceOf(SourceFileException.class)
        .hasMessageStartingWith(
            "failed to decrypt 'envs/app.env' (dotenv, from 'envs/kustomization.yaml')")
        .hasMessageContaining("no age identity matches the recipients: age1")
        .hasMessageNotContaining("AGE-SECRET-KEY");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void noKeysAtAllFailsNamingTheFile() throws Exception {
    SourceFileDecryptor none = new SourceFileDecryptor(new SopsDecryptor(List.of()));
    Path file = root.resolve("files/config.yaml");

    assertThatThrownBy(
            () -> none.decrypt(new SourceFile(file, "files/config.yaml", SopsFormat.YAML, "k")))
        .hasMessageContaining("'files/config.yaml'")
        .hasMessageContaining("no age identity configured");
  }

  @Test
  void aTamperedValueFailsWithoutShowingThePlaintext() throws Exception {
    Path file = root.resolve("envs/app.env");
    String text = Files.readString(file);
    int start = text.indexOf("DB_PASSWORD=ENC[AES256_GCM,data:") + 32;
    char flipped = text.charAt(start) == 'A' ? 'B' : 'A';
    Files.writeString(file, text.substring(0, start) + flipped + text.substring(start + 1));

    assertThatThrownBy(
            () -> decryptor.decrypt(new SourceFile(file, "envs/app.env", SopsFormat.DOTENV, "k")))
        .isInstanceOf(SourceFileException.class)
        .hasMessageContaining("'envs/app.env'")
        .hasMessageContaining("DB_PASSWORD")
        .hasMessageNotContaining("hunter2")
        .hasMessageNotContaining("admin");
  }

  @Test
  void aCorruptedDocumentFailsNamingTheFile() throws Exception {
    Path file = root.resolve("files/config.yaml");
    Files.writeString(file, Files.readString(file).replace("mac: ENC[", "mac: ENC[\n  : : ["));

    assertThatThrownBy(
            () ->
                decryptor.decrypt(new SourceFile(file, "files/config.yaml", SopsFormat.YAML, "k")))
        .isInstanceOf(SourceFileException.class)
        .hasMessageStartingWith("failed to decrypt 'files/config.yaml' (yaml");
  }

  @Test
  void anEditedMacFailsUnlikeFluxWhichSkipsTheCheck() throws Exception {
    Path file = root.resolve("files/config.yaml");
    String original = Files.readString(file);
    Files.writeString(
        file, original.replaceFirst("mac: ENC\\[AES256_GCM,data:.", "mac: ENC[AES256_GCM,data:A"));

    assertThatThrownBy(
            () ->
                decryptor.decrypt(new SourceFile(file, "files/config.yaml", SopsFormat.YAML, "k")))
        .isInstanceOf(SourceFileException.class)
        .hasMessageStartingWith("failed to decrypt 'files/config.yaml' (yaml");
    assertThat(Files.readString(file)).doesNotContain("s3cr3t");
  }

  @Test
  void refusesFilesOverFiveMebibytesAndNonRegularFiles() throws Exception {
    Path big = root.resolve("big.bin");
    Files.write(big, new byte[(int) SourceFileDecryptor.MAX_FILE_BYTES + 1]);

    assertThatThrownBy(
            () -> decryptor.decrypt(new SourceFile(big, "big.bin", SopsFormat.BINARY, "k")))
        .hasMessageContaining("'big.bin'")
        .hasMessageContaining("exceeds the limit (5242880)");
    assertThatThrownBy(
            () ->
                decryptor.decrypt(
                    new SourceFile(root.resolve("envs"), "envs", SopsFormat.BINARY, "k")))
        .hasMessageContaining("'envs': not a regular file");
  }

  static SopsDecryptor keys(String file) throws Exception {
    try (InputStream in = SourceFileDecryptorTest.class.getResourceAsStream("/sops-keys/" + file)) {
      return new SopsDecryptor(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }
}
