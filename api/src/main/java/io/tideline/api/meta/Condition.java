package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A status condition, wire-identical to Kubernetes' {@code metav1.Condition}: {@code type}, {@code
 * status} (True/False/Unknown), {@code observedGeneration}, {@code lastTransitionTime} (RFC 3339,
 * second precision), {@code reason} (PascalCase) and {@code message}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Condition {

  @Required
  @Size(max = 316)
  @Pattern(
      "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$")
  private String type;

  @Required private ConditionStatus status;

  @Min(0)
  private Long observedGeneration;

  @Required
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastTransitionTime;

  @Required
  @Size(min = 1, max = 1024)
  @Pattern("^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$")
  private String reason;

  @Required
  @Size(max = 32768)
  private String message;

  public Condition() {}

  public Condition(
      String type,
      ConditionStatus status,
      Long observedGeneration,
      String lastTransitionTime,
      String reason,
      String message) {
    this.type = type;
    this.status = status;
    this.observedGeneration = observedGeneration;
    this.lastTransitionTime = lastTransitionTime;
    this.reason = reason;
    this.message = message;
  }

  /** A deep copy, so callers can compare before/after states. */
  public Condition copy() {
    return new Condition(type, status, observedGeneration, lastTransitionTime, reason, message);
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public ConditionStatus getStatus() {
    return status;
  }

  public void setStatus(ConditionStatus status) {
    this.status = status;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition c
        && Objects.equals(type, c.type)
        && status == c.status
        && Objects.equals(observedGeneration, c.observedGeneration)
        && Objects.equals(lastTransitionTime, c.lastTransitionTime)
        && Objects.equals(reason, c.reason)
        && Objects.equals(message, c.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, observedGeneration, lastTransitionTime, reason, message);
  }

  @Override
  public String toString() {
    return type + "=" + status + " (" + reason + "): " + message;
  }
}
