package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kustomize build metadata annotations to keep on applied objects. */
public enum BuildMetadataOption {
  /** config.kubernetes.io/origin. */
  @JsonProperty("originAnnotations")
  ORIGIN_ANNOTATIONS("originAnnotations"),
  /** alpha.config.kubernetes.io/transformations. */
  @JsonProperty("transformerAnnotations")
  TRANSFORMER_ANNOTATIONS("transformerAnnotations");

  private final String wireValue;

  BuildMetadataOption(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static BuildMetadataOption fromWireValue(String value) {
    for (BuildMetadataOption v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown BuildMetadataOption '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
