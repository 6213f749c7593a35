package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When post-build variable substitution runs. */
public enum SubstituteStrategy {
  /** Only when at least one variable is defined (the default). */
  @JsonProperty("WithVariables")
  WITH_VARIABLES("WithVariables"),
  /** Always, so that ${var:=default} expressions are evaluated even without variables. */
  @JsonProperty("Always")
  ALWAYS("Always");

  private final String wireValue;

  SubstituteStrategy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static SubstituteStrategy fromWireValue(String value) {
    for (SubstituteStrategy v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown SubstituteStrategy '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
