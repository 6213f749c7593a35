package io.tideline.runtime.events;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds core/v1 Events the way controller-runtime's recorder does for Flux: named {@code
 * <object>.<hex nanos>} in the object's namespace, {@code source.component} and {@code
 * reportingComponent} set to the controller name, count 1, second-precision timestamps, and as
 * annotations the metadata prefixed with the object's API group plus the object's own {@code
 * event.toolkit.fluxcd.io/*} annotations.
 */
public final class CoreEventFactory {

  /** Longest message written; Flux's event payload limit. */
  public static final int MAX_MESSAGE_LENGTH = 39_000;

  private final String reportingController;
  private final String reportingInstance;
  private final Clock clock;
  private final AtomicLong lastNameNanos = new AtomicLong();

  /**
   * @param reportingController e.g. {@code source-controller}
   * @param reportingInstance the pod's host name
   * @param clock clock for timestamps and names
   */
  public CoreEventFactory(String reportingController, String reportingInstance, Clock clock) {
    this.reportingController = Objects.requireNonNull(reportingController, "reportingController");
    this.reportingInstance = Objects.requireNonNull(reportingInstance, "reportingInstance");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The identity under which identical events are aggregated into one with a count. */
  public record Key(
      String namespace,
      String kind,
      String name,
      String uid,
      EventType type,
      String reason,
      String message,
      Map<String, String> annotations) {}

  /** A new Event (count 1) for the object. */
  public Event create(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata) {
    Instant now = clock.instant();
    String timestamp = timestamp(now);
    return new EventBuilder()
        .withNewMetadata()
        .withName(object.getMetadata().getName() + "." + Long.toHexString(uniqueNanos(now)))
        .withNamespace(namespaceOf(object))
        .withAnnotations(annotations(object, metadata))
        .endMetadata()
        .withInvolvedObject(reference(object))
        .withType(type.coreType())
        .withReason(reason)
        .withMessage(cleanMessage(message))
        .withNewSource()
        .withComponent(reportingController)
        .endSource()
        .withReportingComponent(reportingController)
        .withReportingInstance(reportingInstance)
        .withFirstTimestamp(timestamp)
        .withLastTimestamp(timestamp)
        .withCount(1)
        .build();
  }

  /** The aggregation key of an event built by {@link #create}. */
  public static Key keyOf(Event event) {
    ObjectReference ref = event.getInvolvedObject();
    return new Key(
        event.getMetadata().getNamespace(),
        ref.getKind(),
        ref.getName(),
        ref.getUid(),
        EventType.valueOf(event.getType()),
        event.getReason(),
        event.getMessage(),
        Map.copyOf(event.getMetadata().getAnnotations()));
  }

  /** The current time as an Event timestamp (RFC 3339, seconds, {@code Z}). */
  public String now() {
    return timestamp(clock.instant());
  }

  /** Prefix of object annotations that Flux copies into every event about the object. */
  public static final String EVENT_ANNOTATION_PREFIX = "event.toolkit.fluxcd.io/";

  /**
   * The Event's annotations: the object's own {@code event.toolkit.fluxcd.io/*} annotations, then
   * the metadata keys prefixed with the object's API group (unprefixed for the core group).
   */
  static Map<String, String> annotations(HasMetadata object, Map<String, String> metadata) {
    String group = groupOf(object.getApiVersion());
    Map<String, String> annotations = new TreeMap<>();
    Map<String, String> objectAnnotations = object.getMetadata().getAnnotations();
    if (objectAnnotations != null) {
      objectAnnotations.forEach(
          (key, value) -> {
            if (key.startsWith(EVENT_ANNOTATION_PREFIX)) {
              annotations.put(key, value);
            }
          });
    }
    metadata.forEach(
        (key, value) -> annotations.put(group.isEmpty() ? key : group + "/" + key, value));
    return annotations;
  }

  static String cleanMessage(String message) {
    String redacted = SecretRedactor.redact(message == null ? "" : message);
    return redacted.length() <= MAX_MESSAGE_LENGTH
        ? redacted
        : redacted.substring(0, MAX_MESSAGE_LENGTH - 3) + "...";
  }

  private static String groupOf(String apiVersion) {
    if (apiVersion == null) {
      return "";
    }
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static ObjectReference reference(HasMetadata object) {
    return new ObjectReferenceBuilder()
        .withApiVersion(object.getApiVersion())
        .withKind(object.getKind())
        .withNamespace(object.getMetadata().getNamespace())
        .withName(object.getMetadata().getName())
        .withUid(object.getMetadata().getUid())
        .withResourceVersion(object.getMetadata().getResourceVersion())
        .build();
  }

  private static String namespaceOf(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return namespace == null || namespace.isEmpty() ? "default" : namespace;
  }

  private long uniqueNanos(Instant now) {
    long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    return lastNameNanos.updateAndGet(last -> Math.max(last + 1, nanos));
  }

  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
