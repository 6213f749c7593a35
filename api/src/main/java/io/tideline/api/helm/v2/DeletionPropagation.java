package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Deletion propagation policy of a Helm uninstall. */
public enum DeletionPropagation {
  /** Delete dependents in the background (the default). */
  @JsonProperty("background")
  BACKGROUND("background"),
  /** Delete dependents before the owner. */
  @JsonProperty("foreground")
  FOREGROUND("foreground"),
  /** Leave dependents in place. */
  @JsonProperty("orphan")
  ORPHAN("orphan");

  private final String value;

  DeletionPropagation(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static DeletionPropagation fromValue(String value) {
    for (DeletionPropagation v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown DeletionPropagation '"
            + value
            + "', expected one of "
            + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
