package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** What helm-controller does about cluster state that differs from the release manifest. */
public enum DriftDetectionMode {
  /** Detect drift and correct it. */
  @JsonProperty("enabled")
  ENABLED("enabled"),
  /** Detect drift and report it, without correcting. */
  @JsonProperty("warn")
  WARN("warn"),
  /** No drift detection (the default). */
  @JsonProperty("disabled")
  DISABLED("disabled");

  private final String value;

  DriftDetectionMode(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static DriftDetectionMode fromValue(String value) {
    for (DriftDetectionMode v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown DriftDetectionMode '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
