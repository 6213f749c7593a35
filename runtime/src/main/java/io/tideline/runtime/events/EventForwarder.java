package io.tideline.runtime.events;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forwards recorded events to notification-controller ({@code --events-addr}) as Flux's event JSON,
 * without ever blocking a reconcile: {@link #record} only queues the payload; one sender thread
 * POSTs them in order through {@link EventPoster}'s retries. When the queue is full the event is
 * dropped with a log line. Trace events and cluster-scoped objects are not forwarded. Logs name the
 * event's reason and object and the address with credentials masked, never the message. {@link
 * #close} sends what is queued for up to the policy's timeout, then stops.
 */
public final class EventForwarder implements EventRecorder, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EventForwarder.class.getName());
  private static final long POLL_MILLIS = 100;

  private final FluxEventFactory factory;
  private final EventPoster poster;
  private final String target;
  private final Duration closeGrace;
  private final BlockingQueue<FluxEvent> queue;
  private final Thread sender;
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean closed;

  private EventForwarder(
      FluxEventFactory factory, EventPoster poster, URI address, DeliveryPolicy policy) {
    this.factory = factory;
    this.poster = poster;
    this.target = SecretRedactor.redact(address.toString());
    this.closeGrace = policy.timeout();
    this.queue = new ArrayBlockingQueue<>(policy.queueCapacity());
    this.sender = new Thread(this::sendQueued, "event-forwarder");
    this.sender.setDaemon(true);
  }

  /**
   * Starts forwarding to {@code address}.
   *
   * @throws IllegalArgumentException when the address is not an absolute http(s) URL
   */
  public static EventForwarder start(URI address, FluxEventFactory factory, DeliveryPolicy policy) {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(policy, "policy");
    checkAddress(address);
    HttpClient http = EventPoster.client(policy);
    EventForwarder forwarder =
        new EventForwarder(factory, new EventPoster(http, address, policy), address, policy);
    forwarder.sender.start();
    return forwarder;
  }

  private static void checkAddress(URI address) {
    Objects.requireNonNull(address, "address");
    String scheme = address.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || address.getHost() == null) {
      throw new IllegalArgumentException(
          "events address must be an http(s) URL with a host, got "
              + SecretRedactor.redact(address.toString()));
    }
  }

  @Override
  public void record(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata) {
    if (closed) {
      return;
    }
    Optional<FluxEvent> event = factory.create(object, type, reason, message, metadata);
    if (event.isPresent() && !queue.offer(event.get())) {
      dropped.incrementAndGet();
      LOG.log(
          Level.WARNING,
          "event queue for {0} is full: dropped event {1} for {2} {3}/{4}",
          target,
          reason,
          object.getKind(),
          object.getMetadata().getNamespace(),
          object.getMetadata().getName());
    }
  }

  /** Events dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  private void sendQueued() {
    try {
      while (!(closed && queue.isEmpty())) {
        FluxEvent event = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (event != null) {
          send(event);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(FluxEvent event) throws InterruptedException {
    EventPoster.Delivery delivery = poster.post(event.toJson());
    if (delivery.accepted() || delivery.duplicate()) {
      return;
    }
    FluxEvent.InvolvedObject object = event.involvedObject();
    LOG.log(
        Level.WARNING,
        "could not post event {0} for {1} {2}/{3} to {4} ({5} attempt(s)): {6}",
        event.reason(),
        object.kind(),
        object.namespace(),
        object.name(),
        target,
        delivery.attempts(),
        delivery.failure().map(SecretRedactor::redact).orElse("HTTP status " + delivery.status()));
  }

  /** Stops accepting events, sends the queued ones for up to the policy's timeout, then stops. */
  @Override
  public void close() {
    closed = true;
    try {
      sender.join(closeGrace.toMillis());
      if (sender.isAlive()) {
        LOG.log(
            Level.WARNING,
            "stopped forwarding events to {0} with {1} event(s) unsent",
            target,
            queue.size());
        sender.interrupt();
        sender.join(closeGrace.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
