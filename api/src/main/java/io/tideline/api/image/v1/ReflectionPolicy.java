package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Whether the digest of the selected tag is reflected into {@code status.latestRef.digest}. */
public enum ReflectionPolicy {
  /** Look up the digest at every interval, even for an unchanged tag. */
  @JsonProperty("Always")
  ALWAYS("Always"),
  /** Look up the digest once per selected tag. */
  @JsonProperty("IfNotPresent")
  IF_NOT_PRESENT("IfNotPresent"),
  /** Never look up digests (the default). */
  @JsonProperty("Never")
  NEVER("Never");

  private final String value;

  ReflectionPolicy(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ReflectionPolicy fromValue(String value) {
    for (ReflectionPolicy v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ReflectionPolicy '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
