package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Flux kinds an Alert event source or a Receiver resource may name. */
public enum FluxKind {
  /** The Bucket kind. */
  @JsonProperty("Bucket")
  BUCKET("Bucket"),
  /** The GitRepository kind. */
  @JsonProperty("GitRepository")
  GIT_REPOSITORY("GitRepository"),
  /** The Kustomization kind. */
  @JsonProperty("Kustomization")
  KUSTOMIZATION("Kustomization"),
  /** The HelmRelease kind. */
  @JsonProperty("HelmRelease")
  HELM_RELEASE("HelmRelease"),
  /** The HelmChart kind. */
  @JsonProperty("HelmChart")
  HELM_CHART("HelmChart"),
  /** The HelmRepository kind. */
  @JsonProperty("HelmRepository")
  HELM_REPOSITORY("HelmRepository"),
  /** The ImageRepository kind. */
  @JsonProperty("ImageRepository")
  IMAGE_REPOSITORY("ImageRepository"),
  /** The ImagePolicy kind. */
  @JsonProperty("ImagePolicy")
  IMAGE_POLICY("ImagePolicy"),
  /** The ImageUpdateAutomation kind. */
  @JsonProperty("ImageUpdateAutomation")
  IMAGE_UPDATE_AUTOMATION("ImageUpdateAutomation"),
  /** The OCIRepository kind. */
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY("OCIRepository"),
  /** The ArtifactGenerator kind. */
  @JsonProperty("ArtifactGenerator")
  ARTIFACT_GENERATOR("ArtifactGenerator"),
  /** The ExternalArtifact kind. */
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT("ExternalArtifact");

  private final String value;

  FluxKind(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static FluxKind fromValue(String value) {
    for (FluxKind v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown FluxKind '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
