package io.tideline.runtime.cel;

import io.tideline.runtime.kstatus.KstatusResult;
import io.tideline.runtime.kstatus.ResourceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health of a custom resource by CEL ({@code healthCheckExprs[]} entry, Flux RFC 0009): an
 * object whose {@code status.observedGeneration} (when an integer) differs from its {@code
 * metadata.generation} is InProgress; otherwise the first true expression of {@code inProgress},
 * {@code failed}, {@code current} decides; none true is InProgress. An expression that fails on the
 * object (a field it lacks, a non-boolean result) makes the status Unknown with the error as
 * message, so the health check keeps polling until its timeout.
 */
public final class HealthExpressions {

  private record Rule(BooleanExpression expression, ResourceStatus status, String name) {}

  private final List<Rule> rules;
  private final BooleanExpression current;

  private HealthExpressions(List<Rule> rules, BooleanExpression current) {
    this.rules = List.copyOf(rules);
    this.current = current;
  }

  /**
   * Compiles one entry's expressions; {@code inProgress} and {@code failed} may be null or empty.
   */
  public static HealthExpressions compile(
      ExpressionCompiler compiler, String current, String inProgress, String failed)
      throws InvalidExpressionException {
    if (current == null || current.isEmpty()) {
      throw new InvalidExpressionException("expression Current not specified");
    }
    List<Rule> rules = new ArrayList<>();
    if (inProgress != null && !inProgress.isEmpty()) {
      rules.add(
          new Rule(
              compile(compiler, inProgress, "InProgress"),
              ResourceStatus.InProgress,
              "inProgress"));
    }
    if (failed != null && !failed.isEmpty()) {
      rules.add(new Rule(compile(compiler, failed, "Failed"), ResourceStatus.Failed, "failed"));
    }
    BooleanExpression currentExpression = compile(compiler, current, "Current");
    rules.add(new Rule(currentExpression, ResourceStatus.Current, "current"));
    return new HealthExpressions(rules, currentExpression);
  }

  private static BooleanExpression compile(ExpressionCompiler compiler, String source, String name)
      throws InvalidExpressionException {
    try {
      return compiler.compile(source);
    } catch (InvalidExpressionException e) {
      throw e.within("failed to parse the expression " + name);
    }
  }

  /** The status of one object given as its JSON form. */
  public KstatusResult evaluate(Map<String, Object> object) {
    Optional<String> stale = staleGeneration(object);
    if (stale.isPresent()) {
      return new KstatusResult(ResourceStatus.InProgress, stale.get());
    }
    try {
      for (Rule rule : rules) {
        if (rule.expression().evaluate(object)) {
          return new KstatusResult(
              rule.status(), rule.name() + " expression is true: " + rule.expression().source());
        }
      }
    } catch (ExpressionEvaluationException e) {
      return new KstatusResult(ResourceStatus.Unknown, e.getMessage());
    }
    return new KstatusResult(
        ResourceStatus.InProgress, "current expression is false: " + current.source());
  }

  private static Optional<String> staleGeneration(Map<String, Object> object) {
    Object observed = field(object, "status", "observedGeneration");
    Object generation = field(object, "metadata", "generation");
    if (isInteger(observed)
        && isInteger(generation)
        && ((Number) observed).longValue() != ((Number) generation).longValue()) {
      String kind = object.get("kind") instanceof String s ? s : "Resource";
      return Optional.of(
          kind
              + " generation is "
              + generation
              + ", but latest observed generation is "
              + observed);
    }
    return Optional.empty();
  }

  private static boolean isInteger(Object value) {
    return value instanceof Long || value instanceof Integer;
  }

  private static Object field(Map<String, Object> object, String parent, String name) {
    return object.get(parent) instanceof Map<?, ?> map ? map.get(name) : null;
  }
}
