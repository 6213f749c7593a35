package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ObservedStatus;
import java.util.Objects;

/** Bucket {@code status}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class BucketStatus extends ObservedStatus {

  @JsonProperty("url")
  @JsonPropertyDescription("URL is the dynamic fetch link for the latest Artifact.")
  private String url;

  @JsonProperty("artifact")
  @JsonPropertyDescription("Artifact represents the last successful reconciliation.")
  private Artifact artifact;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("observedIgnore")
  @JsonPropertyDescription(
      "ObservedIgnore is the observed exclusion patterns used for constructing the source artifact.")
  private String observedIgnore;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Artifact getArtifact() {
    return artifact;
  }

  public void setArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  public String getObservedIgnore() {
    return observedIgnore;
  }

  public void setObservedIgnore(String observedIgnore) {
    this.observedIgnore = observedIgnore;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BucketStatus other
        && super.equals(o)
        && Objects.equals(url, other.url)
        && Objects.equals(artifact, other.artifact)
        && Objects.equals(observedIgnore, other.observedIgnore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), url, artifact, observedIgnore);
  }
}
