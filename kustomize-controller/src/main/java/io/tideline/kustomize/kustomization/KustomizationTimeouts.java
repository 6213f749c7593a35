package io.tideline.kustomize.kustomization;

import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.runtime.timing.GoDuration;
import java.time.Duration;

/**
 * Flux's timing defaults for a Kustomization: {@code timeout} = interval − 30s, never below 30s (an
 * explicit value is floored at 30s too); {@code retryInterval} = interval.
 */
final class KustomizationTimeouts {

  private static final Duration FLOOR = Duration.ofSeconds(30);

  private KustomizationTimeouts() {}

  static Duration timeout(Kustomization object) {
    String explicit = object.getSpec().getTimeout();
    Duration value =
        explicit == null || explicit.isEmpty()
            ? interval(object).minus(FLOOR)
            : GoDuration.parse(explicit);
    return value.compareTo(FLOOR) < 0 ? FLOOR : value;
  }

  static Duration retryInterval(Kustomization object) {
    String retry = object.getSpec().getRetryInterval();
    return retry == null || retry.isEmpty() ? interval(object) : GoDuration.parse(retry);
  }

  static Duration interval(Kustomization object) {
    return GoDuration.parse(object.getSpec().getInterval());
  }
}
