package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Sort order of the alphabetical and numerical policies. */
public enum SortOrder {
  /** Ascending: the last (largest) value wins (the default). */
  @JsonProperty("asc")
  ASC("asc"),
  /** Descending: the first (smallest) value wins. */
  @JsonProperty("desc")
  DESC("desc");

  private final String value;

  SortOrder(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static SortOrder fromValue(String value) {
    for (SortOrder v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown SortOrder '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
