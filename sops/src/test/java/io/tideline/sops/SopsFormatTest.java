package io.tideline.sops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SopsFormatTest {
  record Case(String path, SopsFormat format) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("secrets/app.yaml", SopsFormat.YAML),
        new Case("values.yml", SopsFormat.YAML),
        new Case("VALUES.YAML", SopsFormat.BINARY),
        new Case("pull-secret.dockerconfigjson", SopsFormat.JSON),
        new Case("settings.ini", SopsFormat.BINARY),
        new Case("config.json", SopsFormat.JSON),
        new Case(".dockerconfigjson", SopsFormat.JSON),
        new Case("app.env", SopsFormat.DOTENV),
        new Case("tls.key", SopsFormat.BINARY));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void picksTheFormatFromTheFileName(Case c) {
    assertThat(SopsFormat.forPath(c.path())).isEqualTo(c.format());
  }
}
