package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a HelmChart produces a new artifact. */
public enum ReconcileStrategy {
  /** When the chart version changes. */
  @JsonProperty("ChartVersion")
  CHART_VERSION("ChartVersion"),
  /** When the source revision changes (Git/Bucket). */
  @JsonProperty("Revision")
  REVISION("Revision");

  private final String wireValue;

  ReconcileStrategy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static ReconcileStrategy fromWireValue(String value) {
    for (ReconcileStrategy v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ReconcileStrategy '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
