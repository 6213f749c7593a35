package io.tideline.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scalars are printed in the style kubectl kustomize uses (go-yaml v2 after a JSON round trip). */
class YamlWriterTest {
  record Case(Object value, String printed) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("plain", "plain"),
        new Case("", "\"\""),
        new Case("yes", "\"yes\""),
        new Case("Y", "\"Y\""),
        new Case("1.5", "\"1.5\""),
        new Case("0x1F", "\"0x1F\""),
        new Case("2020-01-01", "\"2020-01-01\""),
        new Case("*foo", "'*foo'"),
        new Case("a: b", "'a: b'"),
        new Case("a #b", "'a #b'"),
        new Case(" lead", "' lead'"),
        new Case("-x", "-x"),
        new Case("- x", "'- x'"),
        new Case("it's", "it's"),
        new Case("a\tb", "\"a\\tb\""),
        new Case("a\nb", "|-\n  a\n  b"),
        new Case("a\nb\n", "|\n  a\n  b"),
        new Case("line1\nline2 \n", "\"line1\\nline2 \\n\""),
        new Case(1.5, "1.5"),
        new Case(1.0e-7, "1e-07"),
        new Case(1.0e6, "1000000"),
        new Case(1.0e21, "1e+21"),
        new Case(true, "true"),
        new Case(null, "null"),
        new Case(List.of(), "[]"),
        new Case(Map.of(), "{}"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void printsScalarsLikeKubectl(Case testCase) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("k", testCase.value());

    assertThat(YamlWriter.write(List.of(document))).isEqualTo("k: " + testCase.printed() + "\n");
  }

  @Test
  void sortsKeysAndDoesNotIndentSequences() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("z", List.of(Map.of("b", 1), List.of("x")));
    document.put("a", Map.of("c", "d"));

    assertThat(YamlWriter.write(List.of(document, Map.of("k", "v"))))
        .isEqualTo("a:\n  c: d\nz:\n- b: 1\n- - x\n---\nk: v\n");
  }
}
