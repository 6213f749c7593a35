package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** How helm-controller waits for released resources. */
public enum WaitStrategyName {
  /** kstatus-based polling (the default). */
  @JsonProperty("poller")
  POLLER("poller"),
  /** Helm's legacy readiness checks. */
  @JsonProperty("legacy")
  LEGACY("legacy");

  private final String value;

  WaitStrategyName(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static WaitStrategyName fromValue(String value) {
    for (WaitStrategyName v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown WaitStrategyName '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
