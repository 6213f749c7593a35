package io.tideline.runtime.reconcile;

import java.util.Objects;

/**
 * A reconcile failure that says what to do next. Each subtype carries the condition reason and a
 * human message (which becomes the condition and event message, never a stack trace):
 *
 * <ul>
 *   <li>{@link StallingError}: retrying cannot help until the spec changes; sets {@code Stalled},
 *       no requeue;
 *   <li>{@link WaitingError}: something else must happen first (a dependency becoming ready);
 *       requeue after a fixed delay;
 *   <li>{@link GenericError}: anything else; requeue with per-object exponential backoff.
 * </ul>
 */
public abstract sealed class ReconcileError extends Exception
    permits StallingError, WaitingError, GenericError {

  private final String reason;

  protected ReconcileError(String reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The condition reason, PascalCase (e.g. {@code AuthenticationFailed}). */
  public String reason() {
    return reason;
  }

  /** Whether the event recorded for this error is a Warning (otherwise Normal). */
  public boolean warning() {
    return true;
  }
}
