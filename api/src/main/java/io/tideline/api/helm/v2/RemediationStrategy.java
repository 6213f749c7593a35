package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** How a failed upgrade is remediated. */
public enum RemediationStrategy {
  /** Roll back to the previous successful release (the default). */
  @JsonProperty("rollback")
  ROLLBACK("rollback"),
  /** Uninstall the release; the next attempt installs it again. */
  @JsonProperty("uninstall")
  UNINSTALL("uninstall");

  private final String value;

  RemediationStrategy(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static RemediationStrategy fromValue(String value) {
    for (RemediationStrategy v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown RemediationStrategy '"
            + value
            + "', expected one of "
            + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
