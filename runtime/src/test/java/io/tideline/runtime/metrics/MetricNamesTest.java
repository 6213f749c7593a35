package io.tideline.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricNamesTest {

  @Test
  void reconcileDurationBucketsSpan10msTo30MinutesInTenExponentialSteps() {
    List<Double> buckets = MetricNames.reconcileDurationBuckets();

    assertThat(buckets).hasSize(10);
    assertThat(buckets.get(0)).isCloseTo(0.01, within(1e-12));
    assertThat(buckets.get(9)).isCloseTo(1800, within(1e-6));
    double ratio = buckets.get(1) / buckets.get(0);
    for (int i = 1; i < buckets.size(); i++) {
      assertThat(buckets.get(i) / buckets.get(i - 1)).isCloseTo(ratio, within(1e-9));
    }
  }

  @Test
  void namesMatchFlux() {
    assertThat(MetricNames.RECONCILE_DURATION_SECONDS).isEqualTo("gotk_reconcile_duration_seconds");
    assertThat(MetricNames.RECONCILE_CONDITION).isEqualTo("gotk_reconcile_condition");
    assertThat(MetricNames.SUSPEND_STATUS).isEqualTo("gotk_suspend_status");
  }
}
