package io.tideline.runtime.reconcile;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the controller does after a reconcile: requeue after a delay, or wait for the next change
 * event (no requeue; used for stalled objects).
 *
 * @param requeueAfter the delay before the next reconcile, empty for none
 */
public record ReconcileResult(Optional<Duration> requeueAfter) {

  public ReconcileResult {
    Objects.requireNonNull(requeueAfter, "requeueAfter");
  }

  /** Requeue after the delay. */
  public static ReconcileResult requeueAfter(Duration delay) {
    return new ReconcileResult(Optional.of(delay));
  }

  /** Do not requeue; only a change (generation, requestedAt) triggers the next reconcile. */
  public static ReconcileResult noRequeue() {
    return new ReconcileResult(Optional.empty());
  }
}
