package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Kinds of object {@code spec.chartRef} may point to. */
public enum ChartRefKind {
  /** An OCIRepository whose artifact is a Helm chart. */
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY("OCIRepository"),
  /** An existing HelmChart. */
  @JsonProperty("HelmChart")
  HELM_CHART("HelmChart"),
  /** An ExternalArtifact produced by a third-party controller. */
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT("ExternalArtifact");

  private final String value;

  ChartRefKind(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ChartRefKind fromValue(String value) {
    for (ChartRefKind v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ChartRefKind '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
