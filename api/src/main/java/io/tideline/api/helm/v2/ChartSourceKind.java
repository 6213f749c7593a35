package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Kinds of source a HelmRelease chart template may point to. */
public enum ChartSourceKind {
  /** A Helm repository (HTTP index or OCI). */
  @JsonProperty("HelmRepository")
  HELM_REPOSITORY("HelmRepository"),
  /** A Git repository holding the chart directory. */
  @JsonProperty("GitRepository")
  GIT_REPOSITORY("GitRepository"),
  /** An S3-compatible bucket holding the chart directory. */
  @JsonProperty("Bucket")
  BUCKET("Bucket");

  private final String value;

  ChartSourceKind(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ChartSourceKind fromValue(String value) {
    for (ChartSourceKind v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ChartSourceKind '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
