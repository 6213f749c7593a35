package io.tideline.kustomize.app;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * The shared {@link io.tideline.controller.metrics.MicrometerReconcileMetrics} ({@code
 * gotk_reconcile_duration_seconds}) as this application's bean (a singleton: no client proxy).
 */
@Singleton
public class MicrometerReconcileMetrics
    extends io.tideline.controller.metrics.MicrometerReconcileMetrics {

  public MicrometerReconcileMetrics(MeterRegistry registry) {
    super(registry);
  }
}
