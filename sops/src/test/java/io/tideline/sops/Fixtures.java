package io.tideline.sops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Reads the fixtures that hack/sops-fixtures.sh produced with the real sops CLI. */
final class Fixtures {
  static final Path DIR = Path.of("src/test/resources/testdata/sops");

  private Fixtures() {}

  static byte[] plain(String name) {
    return read(DIR.resolve("plain").resolve(name));
  }

  /** What {@code sops decrypt} produced for {@code encrypted/<name>}: the oracle. */
  static byte[] decrypted(String name) {
    return read(DIR.resolve("decrypted").resolve(name));
  }

  static byte[] encrypted(String name) {
    return read(DIR.resolve("encrypted").resolve(name));
  }

  static String encryptedText(String name) {
    return new String(encrypted(name), StandardCharsets.UTF_8);
  }

  static byte[] key(String name) {
    return read(DIR.resolve(name + ".agekey"));
  }

  static SopsDecryptor decryptor(String... keyNames) throws SopsException {
    List<String> keys =
        Arrays.stream(keyNames)
            .map(k -> new String(read(DIR.resolve(k + ".agekey")), StandardCharsets.UTF_8))
            .toList();
    return new SopsDecryptor(keys);
  }

  /** Parses YAML or JSON into plain Java values for structural comparison. */
  static Object parse(byte[] document) {
    return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
        .loadFromString(new String(document, StandardCharsets.UTF_8));
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
