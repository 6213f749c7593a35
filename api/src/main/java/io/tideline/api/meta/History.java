package io.tideline.api.meta;

import java.util.List;
import java.util.Objects;

/**
 * Flux's reconcile history rules ({@code meta.History}): at most {@value #MAX_ENTRIES} {@link
 * Snapshot}s, newest first, one per (digest, status) pair.
 */
public final class History {
  private History() {}

  /** How many snapshots a status keeps. */
  public static final int MAX_ENTRIES = 5;

  /**
   * Records a reconciliation in {@code history} (mutated in place): an entry with the same digest
   * and status is updated (last time, duration, metadata, counter + 1) and moved to the front;
   * otherwise a new entry is put first. The list is then trimmed to {@value #MAX_ENTRIES}.
   */
  public static void record(
      List<Snapshot> history,
      String digest,
      String status,
      String reconciledAt,
      String duration,
      java.util.Map<String, String> metadata) {
    Snapshot entry = null;
    for (int i = 0; i < history.size(); i++) {
      Snapshot s = history.get(i);
      if (Objects.equals(s.getDigest(), digest)
          && Objects.equals(s.getLastReconciledStatus(), status)) {
        entry = history.remove(i);
        break;
      }
    }
    if (entry == null) {
      entry = new Snapshot();
      entry.setDigest(digest);
      entry.setLastReconciledStatus(status);
      entry.setFirstReconciled(reconciledAt);
      entry.setTotalReconciliations(0L);
    }
    entry.setLastReconciled(reconciledAt);
    entry.setLastReconciledDuration(duration);
    entry.setMetadata(metadata);
    entry.setTotalReconciliations(entry.getTotalReconciliations() + 1);
    history.add(0, entry);
    while (history.size() > MAX_ENTRIES) {
      history.remove(history.size() - 1);
    }
  }
}
