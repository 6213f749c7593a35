package io.tideline.runtime.reconcile;

/**
 * Retrying cannot help until the object's spec changes (an invalid URL, a bad path): the object is
 * marked {@code Stalled}, observedGeneration is recorded, and it is not requeued.
 */
public final class StallingError extends ReconcileError {

  public StallingError(String reason, String message) {
    super(reason, message, null);
  }

  public StallingError(String reason, String message, Throwable cause) {
    super(reason, message, cause);
  }
}
