package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Server-side apply mode of Helm upgrade and rollback. */
public enum ServerSideApplyMode {
  /** Always use server-side apply. */
  @JsonProperty("enabled")
  ENABLED("enabled"),
  /** Always use client-side apply. */
  @JsonProperty("disabled")
  DISABLED("disabled"),
  /** Keep what the release being upgraded or rolled back to used (the default). */
  @JsonProperty("auto")
  AUTO("auto");

  private final String value;

  ServerSideApplyMode(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ServerSideApplyMode fromValue(String value) {
    for (ServerSideApplyMode v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ServerSideApplyMode '"
            + value
            + "', expected one of "
            + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
