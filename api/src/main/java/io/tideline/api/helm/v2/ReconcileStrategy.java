package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** When the generated HelmChart produces a new artifact. */
public enum ReconcileStrategy {
  /** Only when the chart version changes. */
  @JsonProperty("ChartVersion")
  CHART_VERSION("ChartVersion"),
  /** Whenever the source revision changes. */
  @JsonProperty("Revision")
  REVISION("Revision");

  private final String value;

  ReconcileStrategy(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ReconcileStrategy fromValue(String value) {
    for (ReconcileStrategy v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ReconcileStrategy '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
