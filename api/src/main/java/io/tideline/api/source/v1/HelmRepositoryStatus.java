package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ObservedStatus;
import java.util.Objects;

/** HelmRepository {@code status}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmRepositoryStatus extends ObservedStatus {

  @JsonProperty("url")
  @JsonPropertyDescription("URL is the dynamic fetch link for the latest Artifact.")
  private String url;

  @JsonProperty("artifact")
  @JsonPropertyDescription("Artifact represents the last successful reconciliation.")
  private Artifact artifact;

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

  @Override
  public boolean equals(Object o) {
    return o instanceof HelmRepositoryStatus other
        && super.equals(o)
        && Objects.equals(url, other.url)
        && Objects.equals(artifact, other.artifact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), url, artifact);
  }
}
