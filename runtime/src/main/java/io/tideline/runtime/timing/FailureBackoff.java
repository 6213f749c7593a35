package io.tideline.runtime.timing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-object exponential backoff after failures, like controller-runtime's item rate limiter: the
 * n-th consecutive failure waits {@code min · 2^(n-1)}, capped at {@code max} (Flux: {@code
 * --min-retry-delay} 750ms, {@code --max-retry-delay} 15m). A success resets the object; deleted
 * objects are forgotten so the map stays as large as the number of failing objects.
 */
public final class FailureBackoff {

  /** Flux's {@code --min-retry-delay}. */
  public static final Duration DEFAULT_MIN = Duration.ofMillis(750);

  /** Flux's {@code --max-retry-delay}. */
  public static final Duration DEFAULT_MAX = Duration.ofMinutes(15);

  private final Duration min;
  private final Duration max;
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  public FailureBackoff(Duration min, Duration max) {
    if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "retry delays must satisfy 0 < min <= max, got min " + min + ", max " + max);
    }
    this.min = min;
    this.max = max;
  }

  /** Backoff with Flux's defaults. */
  public static FailureBackoff defaults() {
    return new FailureBackoff(DEFAULT_MIN, DEFAULT_MAX);
  }

  /** Records one more failure for the object and returns how long to wait before retrying. */
  public Duration nextDelay(String objectKey) {
    int attempt =
        failures.merge(objectKey, 1, (old, one) -> old == Integer.MAX_VALUE ? old : old + 1);
    return delayFor(attempt);
  }

  /** Number of consecutive failures recorded for the object. */
  public int failures(String objectKey) {
    return failures.getOrDefault(objectKey, 0);
  }

  /** Forgets the object's failures (after a success, or when the object is deleted). */
  public void reset(String objectKey) {
    failures.remove(objectKey);
  }

  private Duration delayFor(int attempt) {
    int doublings = attempt - 1;
    if (doublings >= 62) {
      return max;
    }
    long nanos = min.toNanos();
    long factor = 1L << doublings;
    if (nanos > max.toNanos() / factor) {
      return max;
    }
    return Duration.ofNanos(nanos * factor);
  }
}
