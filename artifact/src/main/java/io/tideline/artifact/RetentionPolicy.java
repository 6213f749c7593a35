package io.tideline.artifact;

import java.time.Duration;

/**
 * How many artifact files an object keeps and for how long: Flux's {@code
 * --artifact-retention-records} (default 2) and {@code --artifact-retention-ttl} (default 1m).
 *
 * <p>After a store, a file other than the current one is deleted when it is older than {@code ttl},
 * and the newest files are kept only up to {@code records} in total (the current file counts and is
 * never deleted).
 */
public record RetentionPolicy(int records, Duration ttl) {

  /** Flux's defaults: 2 records, 60 seconds. */
  public static final RetentionPolicy DEFAULT = new RetentionPolicy(2, Duration.ofSeconds(60));

  /** Rejects negative values. */
  public RetentionPolicy {
    if (records < 0) {
      throw new IllegalArgumentException("artifact retention records must be >= 0: " + records);
    }
    if (ttl == null || ttl.isNegative()) {
      throw new IllegalArgumentException("artifact retention ttl must be >= 0: " + ttl);
    }
  }
}
