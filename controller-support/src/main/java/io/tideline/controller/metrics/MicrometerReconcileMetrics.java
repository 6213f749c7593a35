package io.tideline.controller.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.tideline.runtime.metrics.MetricNames;
import io.tideline.runtime.metrics.ReconcileMetrics;
import java.time.Duration;

/**
 * Flux's {@code gotk_reconcile_duration_seconds} histogram on Micrometer: labels kind, name and
 * namespace; 10 exponential buckets from 10 ms to 30 min; a deleted object's series is removed. Not
 * final so that a controller can bind it as a CDI bean by subclassing.
 */
public class MicrometerReconcileMetrics implements ReconcileMetrics {

  /** Micrometer's name; the Prometheus registry appends {@code _seconds} to timers. */
  static final String METER_NAME = MetricNames.RECONCILE_DURATION_SECONDS.replace("_seconds", "");

  private static final Duration[] BUCKETS = buckets();
  private final MeterRegistry registry;

  public MicrometerReconcileMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void recordDuration(String kind, String namespace, String name, Duration duration) {
    timer(kind, namespace, name).record(duration);
  }

  @Override
  public void forget(String kind, String namespace, String name) {
    registry.remove(timer(kind, namespace, name));
  }

  private Timer timer(String kind, String namespace, String name) {
    return Timer.builder(METER_NAME)
        .description("The duration in seconds of a GitOps Toolkit resource reconciliation.")
        .tags(
            Tags.of(
                MetricNames.LABEL_KIND,
                kind,
                MetricNames.LABEL_NAME,
                name,
                MetricNames.LABEL_NAMESPACE,
                namespace))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private static Duration[] buckets() {
    Duration[] out = new Duration[10];
    double factor = Math.pow(1800 / 0.01, 1.0 / 9);
    double value = 0.01;
    for (int i = 0; i < out.length; i++) {
      out[i] = Duration.ofNanos((long) (value * 1e9));
      value *= factor;
    }
    return out;
  }
}
