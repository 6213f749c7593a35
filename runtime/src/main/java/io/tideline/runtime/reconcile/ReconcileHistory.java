package io.tideline.runtime.reconcile;

import io.tideline.api.meta.History;
import io.tideline.api.meta.Snapshot;
import io.tideline.api.meta.WithHistory;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.timing.GoDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Records a reconcile in {@code status.history} the way Flux does (one entry per manifest digest
 * and outcome, newest first), with one departure that keeps steady state free of writes: when the
 * outcome repeats the newest entry and nothing else in the status changed, the entry is left as it
 * is instead of bumping its counter and times. Any reconcile that writes status anyway (a new
 * revision, a changed condition, a handled reconcile request) brings the entry up to date.
 */
final class ReconcileHistory {

  private ReconcileHistory() {}

  /**
   * Records {@code entry} with outcome {@code reason} in the status's history, unless that would be
   * the only change since {@code before}.
   */
  static void record(
      WithHistory status, StatusSnapshot before, HistoryEntry entry, String reason, Instant now) {
    List<Snapshot> history = status.getHistory();
    if (repeatsNewest(history, entry, reason) && before.patchTo(status).isEmpty()) {
      return;
    }
    History.record(
        history,
        entry.digest(),
        reason,
        DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)),
        GoDuration.format(Duration.between(entry.startedAt(), now)),
        new LinkedHashMap<>(entry.metadata()));
  }

  private static boolean repeatsNewest(List<Snapshot> history, HistoryEntry entry, String reason) {
    if (history.isEmpty()) {
      return false;
    }
    Snapshot newest = history.get(0);
    return Objects.equals(newest.getDigest(), entry.digest())
        && Objects.equals(newest.getLastReconciledStatus(), reason)
        && Objects.equals(newest.getMetadata(), entry.metadata());
  }
}
