package io.tideline.runtime.events;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event recorder of one controller process, as Flux's recorder behaves: every event becomes a
 * Kubernetes Event and, when {@code --events-addr} is set, is also forwarded to
 * notification-controller as Flux's event JSON (asynchronously, see {@link EventForwarder}).
 * Closing it stops the forwarder.
 */
public final class ControllerEvents implements EventRecorder, AutoCloseable {

  private final EventRecorder kubernetes;
  private final Optional<EventForwarder> forwarder;

  /**
   * @param kubernetes writes the Kubernetes Events
   * @param forwarder posts to notification-controller; empty when no events address is set
   */
  public ControllerEvents(EventRecorder kubernetes, Optional<EventForwarder> forwarder) {
    this.kubernetes = Objects.requireNonNull(kubernetes, "kubernetes");
    this.forwarder = Objects.requireNonNull(forwarder, "forwarder");
  }

  /**
   * A controller's recorder with Flux's settings.
   *
   * @param controller the reporting controller, e.g. {@code kustomize-controller}
   * @param instance the pod's host name
   * @param eventsAddress {@code --events-addr}; empty for Kubernetes Events only
   * @throws IllegalArgumentException when the events address is not an absolute http(s) URL
   */
  public static ControllerEvents start(
      KubernetesClient client, String controller, String instance, String eventsAddress) {
    Clock clock = Clock.systemUTC();
    KubernetesEventRecorder kubernetes =
        new KubernetesEventRecorder(
            client,
            new CoreEventFactory(controller, instance, clock),
            KubernetesEventRecorder.DEFAULT_CACHE_SIZE);
    if (eventsAddress == null || eventsAddress.isBlank()) {
      return new ControllerEvents(kubernetes, Optional.empty());
    }
    EventForwarder forwarder =
        EventForwarder.start(
            parse(eventsAddress),
            new FluxEventFactory(controller, instance, clock),
            DeliveryPolicy.flux());
    return new ControllerEvents(kubernetes, Optional.of(forwarder));
  }

  private static URI parse(String address) {
    try {
      return new URI(address);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "invalid events address " + SecretRedactor.redact(address) + ": " + e.getReason());
    }
  }

  /** Whether events are also sent to notification-controller. */
  public boolean forwarding() {
    return forwarder.isPresent();
  }

  @Override
  public void record(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata) {
    forwarder.ifPresent(f -> f.record(object, type, reason, message, metadata));
    kubernetes.record(object, type, reason, message, metadata);
  }

  @Override
  public void close() {
    forwarder.ifPresent(EventForwarder::close);
  }
}
