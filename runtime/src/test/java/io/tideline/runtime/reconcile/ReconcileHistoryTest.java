package io.tideline.runtime.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tideline.api.kustomize.v1.KustomizationStatus;
import io.tideline.api.meta.Snapshot;
import io.tideline.runtime.status.StatusSnapshot;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcileHistoryTest {

  private static final Instant START = Instant.parse("2026-11-22T10:00:00.250Z");
  private static final Instant END = Instant.parse("2026-11-22T10:00:02.750Z");

  private static HistoryEntry entry(String digest, String revision) {
    return new HistoryEntry(digest, Map.of("revision", revision), START);
  }

  @Test
  void firstReconcileAddsAnEntryWithTimesDurationAndMetadata() {
    KustomizationStatus status = new KustomizationStatus();

    ReconcileHistory.record(
        status,
        StatusSnapshot.of(status),
        entry("sha256:aa", "main@sha1:1"),
        "ReconciliationSucceeded",
        END);

    Snapshot newest = status.getHistory().get(0);
    assertThat(newest.getDigest()).isEqualTo("sha256:aa");
    assertThat(newest.getLastReconciledStatus()).isEqualTo("ReconciliationSucceeded");
    assertThat(newest.getFirstReconciled()).isEqualTo("2026-11-22T10:00:02Z");
    assertThat(newest.getLastReconciled()).isEqualTo("2026-11-22T10:00:02Z");
    assertThat(newest.getLastReconciledDuration()).isEqualTo("2.5s");
    assertThat(newest.getTotalReconciliations()).isEqualTo(1L);
    assertThat(newest.getMetadata()).containsExactly(Map.entry("revision", "main@sha1:1"));
  }

  @Test
  void aRepeatThatChangesNothingElseLeavesTheStatusUntouched() {
    KustomizationStatus status = new KustomizationStatus();
    ReconcileHistory.record(
        status,
        StatusSnapshot.of(status),
        entry("sha256:aa", "r1"),
        "ReconciliationSucceeded",
        END);
    StatusSnapshot settled = StatusSnapshot.of(status);

    ReconcileHistory.record(
        status, settled, entry("sha256:aa", "r1"), "ReconciliationSucceeded", END.plusSeconds(600));

    assertThat(settled.patchTo(status)).isEmpty();
  }

  @Test
  void aRepeatInAReconcileThatWritesAnywayBumpsTheEntry() {
    KustomizationStatus status = new KustomizationStatus();
    ReconcileHistory.record(
        status,
        StatusSnapshot.of(status),
        entry("sha256:aa", "r1"),
        "ReconciliationSucceeded",
        END);
    StatusSnapshot settled = StatusSnapshot.of(status);
    status.setLastHandledReconcileAt("2026-11-22T10:05:00Z");

    ReconcileHistory.record(
        status, settled, entry("sha256:aa", "r1"), "ReconciliationSucceeded", END.plusSeconds(600));

    assertThat(status.getHistory()).hasSize(1);
    Snapshot newest = status.getHistory().get(0);
    assertThat(newest.getTotalReconciliations()).isEqualTo(2L);
    assertThat(newest.getFirstReconciled()).isEqualTo("2026-11-22T10:00:02Z");
    assertThat(newest.getLastReconciled()).isEqualTo("2026-11-22T10:10:02Z");
  }

  @Test
  void aNewOutcomeGoesFirstAndAnOldOneMovesBackToTheFrontWhenItRepeats() {
    KustomizationStatus status = new KustomizationStatus();
    ReconcileHistory.record(
        status,
        StatusSnapshot.of(status),
        entry("sha256:aa", "r1"),
        "ReconciliationSucceeded",
        END);
    ReconcileHistory.record(
        status, StatusSnapshot.of(status), entry("sha256:aa", "r1"), "HealthCheckFailed", END);
    ReconcileHistory.record(
        status,
        StatusSnapshot.of(status),
        entry("sha256:aa", "r1"),
        "ReconciliationSucceeded",
        END);

    assertThat(status.getHistory())
        .extracting(Snapshot::getLastReconciledStatus, Snapshot::getTotalReconciliations)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ReconciliationSucceeded", 2L),
            org.assertj.core.groups.Tuple.tuple("HealthCheckFailed", 1L));
  }

  @Test
  void keepsTheFiveNewestDigests() {
    KustomizationStatus status = new KustomizationStatus();
    for (int i = 1; i <= 7; i++) {
      ReconcileHistory.record(
          status,
          StatusSnapshot.of(status),
          entry("sha256:" + i, "r" + i),
          "ReconciliationSucceeded",
          END);
    }

    assertThat(status.getHistory())
        .extracting(Snapshot::getDigest)
        .containsExactly("sha256:7", "sha256:6", "sha256:5", "sha256:4", "sha256:3");
  }
}
