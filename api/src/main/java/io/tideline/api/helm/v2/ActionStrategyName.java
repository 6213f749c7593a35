package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** How a failed install or upgrade is handled. */
public enum ActionStrategyName {
  /** Remediate (uninstall or roll back) and retry per the remediation settings. */
  @JsonProperty("RemediateOnFailure")
  REMEDIATE_ON_FAILURE("RemediateOnFailure"),
  /** Retry the action after {@code retryInterval}, without remediation. */
  @JsonProperty("RetryOnFailure")
  RETRY_ON_FAILURE("RetryOnFailure");

  private final String value;

  ActionStrategyName(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ActionStrategyName fromValue(String value) {
    for (ActionStrategyName v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ActionStrategyName '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
