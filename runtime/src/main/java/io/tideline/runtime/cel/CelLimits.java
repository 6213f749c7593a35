package io.tideline.runtime.cel;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one evaluation of an expression may cost: at most {@code maxSteps} evaluated
 * sub-expressions (comprehension iterations included) and at most {@code timeout} of wall-clock
 * time. An evaluation over either limit fails instead of stalling a reconcile.
 *
 * @param maxSteps evaluated sub-expressions allowed per evaluation
 * @param timeout wall-clock budget per evaluation
 */
public record CelLimits(long maxSteps, Duration timeout) {

  public CelLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be at least 1, got " + maxSteps);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /** One million steps and one second: far above any sensible health or readiness expression. */
  public static CelLimits defaults() {
    return new CelLimits(1_000_000, Duration.ofSeconds(1));
  }
}
