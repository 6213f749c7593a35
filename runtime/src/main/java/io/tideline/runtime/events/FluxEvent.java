package io.tideline.runtime.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Flux's {@code event.toolkit.fluxcd.io/v1beta1} Event, the JSON body POSTed to
 * notification-controller. Fields are written in the Go struct's order; {@code metadata} and {@code
 * reportingInstance} are omitted when empty, as Go's {@code omitempty} does, and metadata keys are
 * sorted as Go writes maps.
 *
 * @param involvedObject the Flux object the event is about
 * @param severity {@code info}, {@code error} or {@code trace}
 * @param timestamp RFC 3339, second precision, UTC
 * @param message human text, at most 39,000 characters
 * @param reason PascalCase reason
 * @param metadata group-prefixed keys ({@code kustomize.toolkit.fluxcd.io/revision}) and the
 *     object's {@code event.toolkit.fluxcd.io/*} annotations
 * @param reportingController e.g. {@code kustomize-controller}
 * @param reportingInstance the pod's host name
 */
@JsonPropertyOrder({
  "involvedObject",
  "severity",
  "timestamp",
  "message",
  "reason",
  "metadata",
  "reportingController",
  "reportingInstance"
})
public record FluxEvent(
    InvolvedObject involvedObject,
    String severity,
    String timestamp,
    String message,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
    String reportingController,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String reportingInstance) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public FluxEvent {
    Objects.requireNonNull(involvedObject, "involvedObject");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reason, "reason");
    metadata = Collections.unmodifiableMap(new TreeMap<>(metadata == null ? Map.of() : metadata));
    Objects.requireNonNull(reportingController, "reportingController");
    reportingInstance = reportingInstance == null ? "" : reportingInstance;
  }

  /** The core/v1 ObjectReference of the object, with Go's field order; empty fields are omitted. */
  @JsonPropertyOrder({"kind", "namespace", "name", "uid", "apiVersion", "resourceVersion"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record InvolvedObject(
      String kind,
      String namespace,
      String name,
      String uid,
      String apiVersion,
      String resourceVersion) {}

  /** The UTF-8 JSON body. */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write event " + reason + " as JSON", e);
    }
  }
}
