package io.tideline.runtime.cel;

/**
 * An expression that cannot be compiled (syntax error, unknown variable or function, wrong result
 * type). The message names the expression and the problem, e.g. {@code failed to parse the CEL
 * expression 'foo.': ERROR: <input>:1:5: no viable alternative at input '.'}.
 */
public final class InvalidExpressionException extends Exception {

  public InvalidExpressionException(String message) {
    super(message);
  }

  /** This error with {@code context} in front of its message ({@code context: message}). */
  public InvalidExpressionException within(String context) {
    return new InvalidExpressionException(context + ": " + getMessage());
  }
}
