package io.tideline.api.notification.v1beta3;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Event severities an Alert filters on. */
public enum EventSeverity {
  /** Every event, including errors (the default). */
  @JsonProperty("info")
  INFO("info"),
  /** Only error events. */
  @JsonProperty("error")
  ERROR("error");

  private final String value;

  EventSeverity(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static EventSeverity fromValue(String value) {
    for (EventSeverity v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown EventSeverity '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
