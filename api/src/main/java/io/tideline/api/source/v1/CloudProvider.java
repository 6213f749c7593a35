package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code spec.provider} of OCIRepository, HelmRepository and Bucket: which cloud credentials to
 * use.
 */
public enum CloudProvider {
  /** Static credentials (or none). */
  @JsonProperty("generic")
  GENERIC("generic"),
  /** Amazon Web Services. */
  @JsonProperty("aws")
  AWS("aws"),
  /** Microsoft Azure. */
  @JsonProperty("azure")
  AZURE("azure"),
  /** Google Cloud Platform. */
  @JsonProperty("gcp")
  GCP("gcp");

  private final String wireValue;

  CloudProvider(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static CloudProvider fromWireValue(String value) {
    for (CloudProvider v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown CloudProvider '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
