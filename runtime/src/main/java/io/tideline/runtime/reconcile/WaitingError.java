package io.tideline.runtime.reconcile;

import java.time.Duration;
import java.util.Objects;

/**
 * Something outside this object must happen first (a dependency or source becoming ready): requeue
 * after a fixed delay such as {@code --requeue-dependency} (30s), without counting as a failure for
 * backoff. Its event is Normal.
 */
public final class WaitingError extends ReconcileError {

  private final Duration requeueAfter;

  public WaitingError(String reason, String message, Duration requeueAfter) {
    super(reason, message, null);
    this.requeueAfter = Objects.requireNonNull(requeueAfter, "requeueAfter");
    if (requeueAfter.isNegative()) {
      throw new IllegalArgumentException("requeue delay must not be negative: " + requeueAfter);
    }
  }

  /** How long to wait before the next attempt. */
  public Duration requeueAfter() {
    return requeueAfter;
  }

  @Override
  public boolean warning() {
    return false;
  }
}
