package io.tideline.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated-name suffixes match the ones kubectl kustomize v5.5.0 printed for the same data. */
class NameHasherTest {
  record Case(String kind, Map<String, Object> data, String type, String expectedSuffix) {
    @Override
    public String toString() {
      return kind + " " + data;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("ConfigMap", ordered("a", "1", "b", "yes"), null, "dg79t4479m"),
        new Case("ConfigMap", ordered("a", "1"), null, "h29d89cmmt"),
        new Case("ConfigMap", ordered("a", "b"), null, "4h2mbtbbt6"),
        new Case("Secret", ordered("p", "cQ=="), "kubernetes.io/tls", "ghddhk9kb9"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void suffixMatchesKubectl(Case testCase) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "v1");
    object.put("kind", testCase.kind());
    object.put("metadata", new LinkedHashMap<>(Map.of("name", "any-name-is-ignored")));
    object.put("data", testCase.data());
    if (testCase.type() != null) {
      object.put("type", testCase.type());
    }

    assertThat(NameHasher.hash(new Resource(object))).isEqualTo(testCase.expectedSuffix());
  }

  private static Map<String, Object> ordered(String... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
