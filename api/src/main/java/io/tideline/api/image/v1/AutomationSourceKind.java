package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Kinds of source an ImageUpdateAutomation may push to. */
public enum AutomationSourceKind {
  /** A GitRepository. */
  @JsonProperty("GitRepository")
  GIT_REPOSITORY("GitRepository");

  private final String value;

  AutomationSourceKind(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static AutomationSourceKind fromValue(String value) {
    for (AutomationSourceKind v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown AutomationSourceKind '"
            + value
            + "', expected one of "
            + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
