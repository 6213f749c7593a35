package io.tideline.runtime.reconcile;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a reconcile that got as far as a built manifest set contributes to {@code status.history}.
 *
 * @param digest {@code <algo>:<hex>} checksum of the manifest set
 * @param metadata {@code revision} and, when known, {@code originRevision}
 * @param startedAt when the reconcile began, for the duration
 */
public record HistoryEntry(String digest, Map<String, String> metadata, Instant startedAt) {
  public HistoryEntry {
    Objects.requireNonNull(digest, "digest");
    metadata = Map.copyOf(metadata);
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
