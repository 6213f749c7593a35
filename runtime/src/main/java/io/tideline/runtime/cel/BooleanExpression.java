package io.tideline.runtime.cel;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import io.tideline.runtime.timing.GoDuration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A compiled CEL expression that yields a boolean, evaluated within {@link CelLimits}. Thread-safe:
 * one instance may be evaluated concurrently.
 */
public final class BooleanExpression {

  private static final int DEADLINE_CHECK_EVERY = 100;

  private final String source;
  private final CelRuntime.Program program;
  private final Set<String> inputs;
  private final CelLimits limits;

  BooleanExpression(
      String source, CelRuntime.Program program, Set<String> inputs, CelLimits limits) {
    this.source = source;
    this.program = program;
    this.inputs = Set.copyOf(inputs);
    this.limits = limits;
  }

  /** The expression as written. */
  public String source() {
    return source;
  }

  /**
   * Evaluates with the given variables (JSON values: maps, lists, strings, numbers, booleans,
   * null). For an expression over object fields, pass the object itself.
   */
  public boolean evaluate(Map<String, ?> variables) throws ExpressionEvaluationException {
    Object result;
    Budget budget = new Budget(limits);
    try {
      result = program.trace(CelValues.ofVariables(variables), (expr, value) -> budget.spend());
    } catch (CelEvaluationException e) {
      throw failure(budgetExceeded(e).map(Throwable::getMessage).orElse(e.getMessage()));
    }
    if (result instanceof Boolean value) {
      return value;
    }
    if (result instanceof CelUnknownSet) {
      Set<String> missing = new TreeSet<>(inputs);
      missing.removeAll(variables.keySet());
      throw failure("no such attribute(s): " + String.join(", ", missing));
    }
    throw failure(
        "the result is "
            + (result == null ? "null" : result.getClass().getSimpleName())
            + ", not a boolean");
  }

  private ExpressionEvaluationException failure(String problem) {
    return new ExpressionEvaluationException(
        "failed to evaluate the CEL expression '" + source + "': " + problem);
  }

  private static Optional<BudgetExceeded> budgetExceeded(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof BudgetExceeded exceeded) {
        return Optional.of(exceeded);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return source;
  }

  /** Counts evaluation steps and watches the clock; throws once either limit is passed. */
  private static final class Budget {
    private final CelLimits limits;
    private final long deadline;
    private long steps;

    Budget(CelLimits limits) {
      this.limits = limits;
      this.deadline = System.nanoTime() + limits.timeout().toNanos();
    }

    void spend() {
      steps++;
      if (steps > limits.maxSteps()) {
        throw new BudgetExceeded("evaluation exceeded " + limits.maxSteps() + " steps");
      }
      if (steps % DEADLINE_CHECK_EVERY == 0 && System.nanoTime() > deadline) {
        throw new BudgetExceeded(
            "evaluation took longer than " + GoDuration.format(limits.timeout()));
      }
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded(String message) {
      super(message, null, false, false);
    }
  }
}
