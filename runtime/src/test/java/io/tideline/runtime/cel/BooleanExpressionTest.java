package io.tideline.runtime.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BooleanExpressionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A Kubernetes object as Jackson reads it (integers are {@code Integer}). */
  static Map<String, Object> json(String text) {
    try {
      return JSON.readValue(text.replace('\'', '"'), new TypeReference<>() {});
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static final Map<String, Object> WIDGET =
      json(
          """
          {'apiVersion': 'example.com/v1', 'kind': 'Widget',
           'metadata': {'name': 'w', 'generation': 3, 'labels': {'tier': 'db'}},
           'spec': {'replicas': 3, 'ratio': 0.5, 'paused': null},
           'status': {'phase': 'Ready', 'readyReplicas': 3,
                      'conditions': [{'type': 'Ready', 'status': 'True'}]}}
          """);

  /** {@code error} null means the expression evaluates to {@code result}. */
  record Case(String expression, boolean result, String error) {}

  static Stream<Case> objectFieldCases() {
    return Stream.of(
        new Case("status.phase == 'Ready'", true, null),
        new Case("status.phase == 'Failed'", false, null),
        new Case("status.readyReplicas >= spec.replicas", true, null),
        new Case("status.readyReplicas > 2", true, null),
        new Case("spec.ratio < 1", true, null),
        new Case("spec.replicas == 3.0", true, null),
        new Case("spec.paused == null", true, null),
        new Case(
            "status.conditions.exists(c, c.type == 'Ready' && c.status == 'True')", true, null),
        new Case("status.conditions.filter(c, c.type == 'Stalled').size() == 0", true, null),
        new Case("has(status.observedGeneration)", false, null),
        new Case("metadata.labels.tier.startsWith('d')", true, null),
        new Case("status.?message.orValue('') == ''", true, null),
        new Case("sets.contains(['a', 'b'], ['a'])", true, null),
        new Case("kind == 'Widget' && apiVersion.split('/')[0] == 'example.com'", true, null),
        new Case("status.message == 'x'", false, "key 'message' is not present in map"),
        new Case("has(data.foo)", false, "no such attribute(s): data"),
        new Case("status.phase", false, "the result is String, not a boolean"),
        new Case("status.phase > 1", false, "No matching overload"));
  }

  @ParameterizedTest
  @MethodSource("objectFieldCases")
  void evaluatesOverObjectFields(Case c) throws Exception {
    BooleanExpression expression =
        ExpressionCompiler.forObjectFields(CelLimits.defaults()).compile(c.expression());
    if (c.error() == null) {
      assertThat(expression.evaluate(WIDGET)).as(c.expression()).isEqualTo(c.result());
    } else {
      assertThatThrownBy(() -> expression.evaluate(WIDGET))
          .isInstanceOf(ExpressionEvaluationException.class)
          .hasMessageStartingWith("failed to evaluate the CEL expression '" + c.expression() + "'")
          .hasMessageContaining(c.error());
    }
  }

  static Stream<Case> dependencyCases() {
    return Stream.of(
        new Case("dep.metadata.name == 'w'", true, null),
        new Case("self.metadata.name == dep.metadata.name", false, null),
        new Case(
            "dep.status.conditions.all(c, c.status == 'True') && self.kind == 'Kustomization'",
            true,
            null),
        new Case("dep.status.lastAppliedRevision == 'x'", false, "not present in map"));
  }

  @ParameterizedTest
  @MethodSource("dependencyCases")
  void evaluatesOverNamedVariables(Case c) throws Exception {
    BooleanExpression expression =
        ExpressionCompiler.withMapVariables(CelLimits.defaults(), "self", "dep")
            .compile(c.expression());
    Map<String, Object> variables =
        Map.of(
            "self", json("{'kind': 'Kustomization', 'metadata': {'name': 'apps'}}"), "dep", WIDGET);
    if (c.error() == null) {
      assertThat(expression.evaluate(variables)).as(c.expression()).isEqualTo(c.result());
    } else {
      assertThatThrownBy(() -> expression.evaluate(variables))
          .isInstanceOf(ExpressionEvaluationException.class)
          .hasMessageContaining(c.error());
    }
  }

  record Invalid(String expression, boolean objectFields, String error) {}

  static Stream<Invalid> invalidCases() {
    return Stream.of(
        new Invalid(
            "foo.",
            true,
            "failed to parse the CEL expression 'foo.': ERROR: <input>:1:5: no viable alternative at"
                + " input '.'"),
        new Invalid(
            "status.phase ==", true, "failed to parse the CEL expression 'status.phase =='"),
        new Invalid("nosuchfunction(status)", true, "undeclared reference to 'nosuchfunction'"),
        new Invalid("other.ready", false, "undeclared reference to 'other'"),
        new Invalid(
            "dep.metadata.name",
            false,
            "CEL expression output type mismatch: expected bool, got dyn in 'dep.metadata.name'"),
        new Invalid("'ready'", false, "expected bool, got string"),
        new Invalid("[1, 'a'].size() == 2", false, "expected type 'int' but found 'string'"));
  }

  @ParameterizedTest
  @MethodSource("invalidCases")
  void rejectsInvalidExpressionsAtCompileTime(Invalid c) {
    ExpressionCompiler compiler =
        c.objectFields()
            ? ExpressionCompiler.forObjectFields(CelLimits.defaults())
            : ExpressionCompiler.withMapVariables(CelLimits.defaults(), "self", "dep");
    assertThatThrownBy(() -> compiler.compile(c.expression()))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining(c.error())
        .hasMessageNotContaining("\n");
  }

  @Test
  void stopsAnEvaluationThatExceedsItsStepBudget() throws Exception {
    BooleanExpression expression =
        ExpressionCompiler.forObjectFields(new CelLimits(1_000, Duration.ofSeconds(10)))
            .compile("[1,2,3,4,5,6,7,8,9,10].all(x, [1,2,3,4,5,6,7,8,9,10].all(y, x * y > 0))");

    assertThatThrownBy(() -> expression.evaluate(WIDGET))
        .isInstanceOf(ExpressionEvaluationException.class)
        .hasMessageContaining("evaluation exceeded 1000 steps");
  }

  @Test
  void stopsAnEvaluationThatExceedsItsTimeBudget() throws Exception {
    String range = "[" + "1,".repeat(99) + "1]";
    BooleanExpression expression =
        ExpressionCompiler.forObjectFields(new CelLimits(Long.MAX_VALUE, Duration.ofMillis(50)))
            .compile(range + ".all(a, " + range + ".all(b, " + range + ".all(c, a + b + c > 0)))");

    long start = System.nanoTime();
    assertThatThrownBy(() -> expression.evaluate(WIDGET))
        .isInstanceOf(ExpressionEvaluationException.class)
        .hasMessageContaining("evaluation took longer than 50ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
