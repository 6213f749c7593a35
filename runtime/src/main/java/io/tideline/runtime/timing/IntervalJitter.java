package io.tideline.runtime.timing;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Spreads periodic requeues: an interval {@code d} becomes a uniformly random value in {@code [d -
 * p·d, d + p·d]}, {@code p} being {@code --interval-jitter-percentage} (default 5, allowed 0–99).
 */
public final class IntervalJitter {

  /** Flux's default {@code --interval-jitter-percentage}. */
  public static final int DEFAULT_PERCENTAGE = 5;

  private final int percentage;
  private final RandomGenerator random;

  public IntervalJitter(int percentage, RandomGenerator random) {
    if (percentage < 0 || percentage > 99) {
      throw new IllegalArgumentException(
          "--interval-jitter-percentage must be between 0 and 99, got " + percentage);
    }
    this.percentage = percentage;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Jitter with the given percentage and a default random source. */
  public static IntervalJitter withPercentage(int percentage) {
    return new IntervalJitter(percentage, RandomGenerator.getDefault());
  }

  /** The interval with jitter applied; never negative. */
  public Duration apply(Duration interval) {
    if (percentage == 0 || interval.isZero() || interval.isNegative()) {
      return interval;
    }
    double spread = interval.toNanos() * (percentage / 100.0);
    double offset = (random.nextDouble() * 2 - 1) * spread;
    return Duration.ofNanos(Math.max(0, Math.round(interval.toNanos() + offset)));
  }
}
