package io.tideline.kustomize;

/**
 * A build failure with a user-facing message that names the file or object and the problem, in the
 * style of kustomize's own errors. Never carries a stack trace meant for users.
 */
public class KustomizeException extends Exception {
  private static final long serialVersionUID = 1L;

  public KustomizeException(String message) {
    super(message);
  }

  public KustomizeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Returns a new exception whose message is {@code prefix + ": " + this message}. */
  public KustomizeException wrap(String prefix) {
    return new KustomizeException(prefix + ": " + getMessage(), this);
  }
}
