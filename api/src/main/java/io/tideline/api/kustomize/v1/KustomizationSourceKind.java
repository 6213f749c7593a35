package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a Kustomization may take its manifests from. */
public enum KustomizationSourceKind {
  /** source.toolkit.fluxcd.io OCIRepository. */
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY("OCIRepository"),
  /** source.toolkit.fluxcd.io GitRepository. */
  @JsonProperty("GitRepository")
  GIT_REPOSITORY("GitRepository"),
  /** source.toolkit.fluxcd.io Bucket. */
  @JsonProperty("Bucket")
  BUCKET("Bucket"),
  /** source.toolkit.fluxcd.io ExternalArtifact (feature gate). */
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT("ExternalArtifact");

  private final String wireValue;

  KustomizationSourceKind(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static KustomizationSourceKind fromWireValue(String value) {
    for (KustomizationSourceKind v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown KustomizationSourceKind '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
