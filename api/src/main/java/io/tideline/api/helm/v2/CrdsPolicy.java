package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** What a Helm action does with the chart's {@code crds/} directory. */
public enum CrdsPolicy {
  /** Neither create nor update CRDs. */
  @JsonProperty("Skip")
  SKIP("Skip"),
  /** Create new CRDs, never update existing ones. */
  @JsonProperty("Create")
  CREATE("Create"),
  /** Create new CRDs and replace existing ones. */
  @JsonProperty("CreateReplace")
  CREATE_REPLACE("CreateReplace");

  private final String value;

  CrdsPolicy(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static CrdsPolicy fromValue(String value) {
    for (CrdsPolicy v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown CrdsPolicy '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
