package io.tideline.source.app;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Flux's {@code gotk_reconcile_duration_seconds} histogram (labels kind, name, namespace; 10
 * exponential buckets from 10 ms to 30 min); the series of a deleted object is removed.
 */
@ApplicationScoped
public class ReconcileMetrics {

  static final String NAME = "gotk.reconcile.duration";
  private static final Duration[] BUCKETS = buckets();

  private final MeterRegistry registry;

  public ReconcileMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Runs {@code work} and records its duration for the object. */
  public <T> T time(HasMetadata object, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      timer(object).record(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Drops the object's series. */
  public void forget(HasMetadata object) {
    registry.remove(timer(object));
  }

  private Timer timer(HasMetadata object) {
    return Timer.builder(NAME)
        .description("The duration in seconds of a GitOps Toolkit resource reconciliation.")
        .tags(
            Tags.of(
                "kind", object.getKind(),
                "name", object.getMetadata().getName(),
                "namespace", object.getMetadata().getNamespace()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private static Duration[] buckets() {
    Duration[] out = new Duration[10];
    double factor = Math.pow(1800 / 0.01, 1.0 / 9);
    double v = 0.01;
    for (int i = 0; i < 10; i++) {
      out[i] = Duration.ofNanos((long) (v * 1e9));
      v *= factor;
    }
    return out;
  }
}
