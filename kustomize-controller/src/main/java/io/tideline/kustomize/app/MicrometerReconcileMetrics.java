package io.tideline.kustomize.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.tideline.runtime.metrics.MetricNames;
import io.tideline.runtime.metrics.ReconcileMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Flux's {@code gotk_reconcile_duration_seconds} histogram (kind, name, namespace; 10 exponential
 * buckets from 10 ms to 30 min) on Micrometer; a deleted object's series is removed.
 */
@ApplicationScoped
public class MicrometerReconcileMetrics implements ReconcileMetrics {

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
    return Timer.builder(MetricNames.RECONCILE_DURATION_SECONDS.replace("_seconds", ""))
        .description("The duration in seconds of a GitOps Toolkit resource reconciliation.")
        .tags(Tags.of("kind", kind, "name", name, "namespace", namespace))
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
