package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a HelmChart may take its chart from. */
public enum HelmChartSourceKind {
  /** A Helm repository. */
  @JsonProperty("HelmRepository")
  HELM_REPOSITORY("HelmRepository"),
  /** A path in a Git artifact. */
  @JsonProperty("GitRepository")
  GIT_REPOSITORY("GitRepository"),
  /** A path in a Bucket artifact. */
  @JsonProperty("Bucket")
  BUCKET("Bucket");

  private final String wireValue;

  HelmChartSourceKind(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static HelmChartSourceKind fromWireValue(String value) {
    for (HelmChartSourceKind v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown HelmChartSourceKind '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
