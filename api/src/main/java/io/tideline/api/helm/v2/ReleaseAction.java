package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** The release action last attempted; selects the active strategy and remediation. */
public enum ReleaseAction {
  /** A Helm install. */
  @JsonProperty("install")
  INSTALL("install"),
  /** A Helm upgrade. */
  @JsonProperty("upgrade")
  UPGRADE("upgrade");

  private final String value;

  ReleaseAction(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ReleaseAction fromValue(String value) {
    for (ReleaseAction v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ReleaseAction '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
