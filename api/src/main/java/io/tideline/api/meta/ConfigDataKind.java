package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds a values/substitution reference may point at. */
public enum ConfigDataKind {
  /** A core/v1 Secret. */
  @JsonProperty("Secret")
  SECRET("Secret"),
  /** A core/v1 ConfigMap. */
  @JsonProperty("ConfigMap")
  CONFIG_MAP("ConfigMap");

  private final String wireValue;

  ConfigDataKind(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static ConfigDataKind fromWireValue(String value) {
    for (ConfigDataKind v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ConfigDataKind '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
