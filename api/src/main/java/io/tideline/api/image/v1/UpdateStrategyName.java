package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** How ImageUpdateAutomation updates files. */
public enum UpdateStrategyName {
  /** Rewrite fields marked with {@code $imagepolicy} setter comments. */
  @JsonProperty("Setters")
  SETTERS("Setters");

  private final String value;

  UpdateStrategyName(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static UpdateStrategyName fromValue(String value) {
    for (UpdateStrategyName v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown UpdateStrategyName '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
