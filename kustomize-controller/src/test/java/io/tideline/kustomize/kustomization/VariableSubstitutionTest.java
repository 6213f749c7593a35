package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VariableSubstitutionTest {

  private static final Map<String, String> VARS = Map.of("name", "web", "empty", "");

  record Case(String input, boolean strict, String expected) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("app: ${name}", true, "app: web"),
        new Case("app: ${missing:=fallback}", true, "app: fallback"),
        new Case("app: ${missing:-fallback}", true, "app: fallback"),
        new Case("app: ${empty:=fallback}", true, "app: fallback"),
        new Case("app: ${empty=fallback}", true, "app: "),
        new Case("app: ${missing-fallback}", true, "app: fallback"),
        new Case("app: $${name}", true, "app: ${name}"),
        new Case("app: $name", true, "app: $name"),
        new Case("app: ${missing}", false, "app: "),
        new Case("a: ${name}-${name}", true, "a: web-web"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void substitutes(Case c) throws Exception {
    assertThat(VariableSubstitution.substitute(c.input(), VARS, c.strict()))
        .isEqualTo(c.expected());
  }

  record Bad(String input, String message) {}

  static Stream<Bad> failures() {
    return Stream.of(
        new Bad("app: ${missing}", "variable not set (strict mode): \"missing\""),
        new Bad("app: ${name", "unterminated"),
        new Bad("app: ${1abc}", "invalid variable name"),
        new Bad("app: ${name:?boom}", "unsupported variable expression"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void rejects(Bad c) {
    assertThatThrownBy(() -> VariableSubstitution.substitute(c.input(), VARS, true))
        .hasMessageContaining(c.message());
  }
}
