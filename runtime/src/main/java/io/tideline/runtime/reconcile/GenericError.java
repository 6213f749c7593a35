package io.tideline.runtime.reconcile;

/** A failure a retry may fix (network, API server, storage): requeue with exponential backoff. */
public final class GenericError extends ReconcileError {

  public GenericError(String reason, String message) {
    super(reason, message, null);
  }

  public GenericError(String reason, String message, Throwable cause) {
    super(reason, message, cause);
  }
}
