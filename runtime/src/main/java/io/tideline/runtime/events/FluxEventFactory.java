package io.tideline.runtime.events;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@link FluxEvent} Flux's recorder POSTs for a recorded event: severity from the type,
 * the message redacted and cut to 39,000 characters, metadata prefixed with the object's API group
 * plus the object's {@code event.toolkit.fluxcd.io/*} annotations (the same keys as the Kubernetes
 * Event's annotations), and the emission time. Trace events and objects without a kind, name or
 * namespace (cluster-scoped objects) yield nothing, as in Flux.
 */
public final class FluxEventFactory {

  private final String reportingController;
  private final String reportingInstance;
  private final Clock clock;

  /**
   * @param reportingController e.g. {@code kustomize-controller}
   * @param reportingInstance the pod's host name
   * @param clock clock for the timestamp
   */
  public FluxEventFactory(String reportingController, String reportingInstance, Clock clock) {
    this.reportingController = Objects.requireNonNull(reportingController, "reportingController");
    this.reportingInstance = Objects.requireNonNull(reportingInstance, "reportingInstance");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The payload to POST; empty when Flux would not post this event. */
  public Optional<FluxEvent> create(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata) {
    ObjectMeta meta = object.getMetadata();
    if (type == EventType.Trace
        || isEmpty(object.getKind())
        || meta == null
        || isEmpty(meta.getName())
        || isEmpty(meta.getNamespace())) {
      return Optional.empty();
    }
    FluxEvent.InvolvedObject involved =
        new FluxEvent.InvolvedObject(
            object.getKind(),
            meta.getNamespace(),
            meta.getName(),
            meta.getUid(),
            object.getApiVersion(),
            meta.getResourceVersion());
    return Optional.of(
        new FluxEvent(
            involved,
            type.severity(),
            CoreEventFactory.timestamp(clock.instant()),
            CoreEventFactory.cleanMessage(message),
            reason,
            CoreEventFactory.annotations(object, metadata == null ? Map.of() : metadata),
            reportingController,
            reportingInstance));
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }
}
