package io.tideline.runtime.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How events are POSTed to notification-controller, with Flux's defaults in {@link #flux()}: each
 * attempt times out after 5 s; connection errors, timeouts and 5xx responses (except 501) are
 * retried up to 4 times, waiting 1 s, 2 s, 4 s, 8 s (doubling, at most 30 s); 429 means
 * notification-controller dropped a duplicate and is never retried.
 *
 * @param timeout per attempt, from connecting until the response headers
 * @param maxRetries retries after the first attempt
 * @param minWait wait before the first retry
 * @param maxWait longest wait between attempts
 * @param queueCapacity events waiting to be sent; more are dropped
 */
public record DeliveryPolicy(
    Duration timeout, int maxRetries, Duration minWait, Duration maxWait, int queueCapacity) {

  public DeliveryPolicy {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(minWait, "minWait");
    Objects.requireNonNull(maxWait, "maxWait");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
    }
    if (minWait.isNegative() || maxWait.compareTo(minWait) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= minWait <= maxWait, got " + minWait + " and " + maxWait);
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity must be at least 1, got " + queueCapacity);
    }
  }

  /** Flux's client settings, with room for 512 events waiting. */
  public static DeliveryPolicy flux() {
    return new DeliveryPolicy(
        Duration.ofSeconds(5), 4, Duration.ofSeconds(1), Duration.ofSeconds(30), 512);
  }

  /** The wait before retry number {@code retry} (0-based): minWait·2^retry, at most maxWait. */
  public Duration backoff(int retry) {
    if (retry >= 31) {
      return maxWait;
    }
    long millis = minWait.toMillis() << retry;
    return millis < 0 || millis > maxWait.toMillis() ? maxWait : Duration.ofMillis(millis);
  }
}
