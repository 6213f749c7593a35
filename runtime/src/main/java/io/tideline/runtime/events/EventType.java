package io.tideline.runtime.events;

/**
 * Event types as Flux's recorder knows them: the two Kubernetes types plus Flux's {@code Trace},
 * which is written as a Normal Kubernetes Event but never forwarded to notification-controller.
 */
public enum EventType {
  Normal("Normal", "info"),
  Warning("Warning", "error"),
  Trace("Normal", "trace");

  private final String coreType;
  private final String severity;

  EventType(String coreType, String severity) {
    this.coreType = coreType;
    this.severity = severity;
  }

  /** The core/v1 Event {@code type}: Normal or Warning. */
  public String coreType() {
    return coreType;
  }

  /** The Flux event {@code severity}: Normal → info, Warning → error, Trace → trace. */
  public String severity() {
    return severity;
  }
}
