package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** HelmRepository {@code spec.type}. */
public enum HelmRepositoryType {
  /** An HTTP(S) Helm repository with an index.yaml. */
  @JsonProperty("default")
  DEFAULT("default"),
  /** An OCI registry holding charts. */
  @JsonProperty("oci")
  OCI("oci");

  private final String wireValue;

  HelmRepositoryType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static HelmRepositoryType fromWireValue(String value) {
    for (HelmRepositoryType v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown HelmRepositoryType '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
