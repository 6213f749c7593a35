package io.tideline.api.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {

  @Test
  void repeatedDigestAndStatusUpdatesTheEntryAndMovesItFirst() {
    List<Snapshot> history = new ArrayList<>();
    History.record(history, "sha256:a", "ReconciliationSucceeded", "t1", "1s", Map.of());
    History.record(history, "sha256:b", "ReconciliationSucceeded", "t2", "2s", Map.of());
    History.record(history, "sha256:a", "ReconciliationSucceeded", "t3", "3s", Map.of("k", "v"));

    assertThat(history).extracting(Snapshot::getDigest).containsExactly("sha256:a", "sha256:b");
    Snapshot first = history.get(0);
    assertThat(first.getTotalReconciliations()).isEqualTo(2L);
    assertThat(first.getFirstReconciled()).isEqualTo("t1");
    assertThat(first.getLastReconciled()).isEqualTo("t3");
    assertThat(first.getLastReconciledDuration()).isEqualTo("3s");
    assertThat(first.getMetadata()).containsEntry("k", "v");
  }

  @Test
  void sameDigestWithAnotherStatusIsANewEntry() {
    List<Snapshot> history = new ArrayList<>();
    History.record(history, "sha256:a", "HealthCheckFailed", "t1", "1s", Map.of());
    History.record(history, "sha256:a", "ReconciliationSucceeded", "t2", "1s", Map.of());

    assertThat(history)
        .extracting(Snapshot::getLastReconciledStatus)
        .containsExactly("ReconciliationSucceeded", "HealthCheckFailed");
  }

  @Test
  void keepsAtMostFiveNewestFirst() {
    List<Snapshot> history = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      History.record(history, "sha256:" + i, "ReconciliationSucceeded", "t" + i, "1s", Map.of());
    }

    assertThat(history)
        .extracting(Snapshot::getDigest)
        .containsExactly("sha256:7", "sha256:6", "sha256:5", "sha256:4", "sha256:3");
  }
}
