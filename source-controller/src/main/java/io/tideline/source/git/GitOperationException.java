package io.tideline.source.git;

/**
 * A failed Git operation, with a message fit for a condition: it names the URL (without user info)
 * and the cause, never a credential.
 */
public class GitOperationException extends Exception {

  /** Whether the failure is about credentials (wrong password, unknown host key, …). */
  private final boolean authentication;

  public GitOperationException(String message, boolean authentication, Throwable cause) {
    super(message, cause);
    this.authentication = authentication;
  }

  public GitOperationException(String message) {
    this(message, false, null);
  }

  public boolean isAuthentication() {
    return authentication;
  }
}
