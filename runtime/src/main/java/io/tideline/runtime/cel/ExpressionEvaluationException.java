package io.tideline.runtime.cel;

/**
 * A compiled expression failed on particular input: a missing field, a type mismatch, a result that
 * is not a boolean, or a cost limit. The message names the expression and the problem, e.g. {@code
 * failed to evaluate the CEL expression 'status.phase == "Ready"': no such attribute(s): status}.
 */
public final class ExpressionEvaluationException extends Exception {

  public ExpressionEvaluationException(String message) {
    super(message);
  }
}
