package io.tideline.controller.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerReconcileMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerReconcileMetrics metrics = new MicrometerReconcileMetrics(registry);

  @Test
  void recordsDurationsPerObjectInFluxBuckets() {
    metrics.recordDuration("GitRepository", "flux-system", "podinfo", Duration.ofMillis(200));
    metrics.recordDuration("GitRepository", "flux-system", "podinfo", Duration.ofSeconds(2));

    Timer timer = timer("podinfo");
    assertThat(timer.count()).isEqualTo(2);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2200);
    double[] bounds =
        Arrays.stream(timer.takeSnapshot().histogramCounts())
            .mapToDouble(b -> b.bucket(TimeUnit.SECONDS))
            .toArray();
    assertThat(bounds).hasSize(10);
    assertThat(bounds[0]).isCloseTo(0.01, offset(1e-9));
    assertThat(bounds[9]).isCloseTo(1800, offset(1e-3));
    CountAtBucket[] counts = timer.takeSnapshot().histogramCounts();
    assertThat(counts[9].count()).isEqualTo(2);
  }

  @Test
  void forgetRemovesOnlyThatObjectsSeries() {
    metrics.recordDuration("Kustomization", "apps", "one", Duration.ofMillis(5));
    metrics.recordDuration("Kustomization", "apps", "two", Duration.ofMillis(5));

    metrics.forget("Kustomization", "apps", "one");

    assertThat(registry.find(MicrometerReconcileMetrics.METER_NAME).tag("name", "one").timer())
        .isNull();
    assertThat(
            registry
                .find(MicrometerReconcileMetrics.METER_NAME)
                .tags("kind", "Kustomization", "namespace", "apps", "name", "two")
                .timer())
        .isNotNull();
  }

  private Timer timer(String name) {
    return registry
        .get("gotk_reconcile_duration")
        .tags("kind", "GitRepository", "namespace", "flux-system", "name", name)
        .timer();
  }
}
