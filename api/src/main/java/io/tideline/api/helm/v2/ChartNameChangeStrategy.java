package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** What an upgrade does when the chart name changed. */
public enum ChartNameChangeStrategy {
  /** Uninstall and install again (the default). */
  @JsonProperty("Reinstall")
  REINSTALL("Reinstall"),
  /** Upgrade the existing release in place. */
  @JsonProperty("InPlaceUpdate")
  IN_PLACE_UPDATE("InPlaceUpdate");

  private final String value;

  ChartNameChangeStrategy(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ChartNameChangeStrategy fromValue(String value) {
    for (ChartNameChangeStrategy v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ChartNameChangeStrategy '"
            + value
            + "', expected one of "
            + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
