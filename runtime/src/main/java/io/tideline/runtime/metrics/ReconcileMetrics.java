package io.tideline.runtime.metrics;

import java.time.Duration;

/**
 * Records reconcile metrics without depending on a metrics library; a controller binds it to
 * Micrometer ({@link MetricNames#RECONCILE_DURATION_SECONDS} with kind/name/namespace tags).
 */
public interface ReconcileMetrics {

  /** Observes one reconcile's duration. */
  void recordDuration(String kind, String namespace, String name, Duration duration);

  /** Removes the object's series once the object is deleted. */
  void forget(String kind, String namespace, String name);

  /** Metrics that are dropped (tests, tools). */
  ReconcileMetrics NOOP =
      new ReconcileMetrics() {
        @Override
        public void recordDuration(String kind, String namespace, String name, Duration duration) {}

        @Override
        public void forget(String kind, String namespace, String name) {}
      };
}
