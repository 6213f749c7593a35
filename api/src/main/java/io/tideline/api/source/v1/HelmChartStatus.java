package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ObservedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** HelmChart {@code status}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmChartStatus extends ObservedStatus {

  @JsonProperty("observedSourceArtifactRevision")
  @JsonPropertyDescription(
      "ObservedSourceArtifactRevision is the last observed Artifact.Revision of the HelmChartSpec.SourceRef.")
  private String observedSourceArtifactRevision;

  @JsonProperty("observedChartName")
  @JsonPropertyDescription(
      "ObservedChartName is the last observed chart name as specified by the resolved chart reference.")
  private String observedChartName;

  @JsonProperty("observedValuesFiles")
  @JsonPropertyDescription(
      "ObservedValuesFiles are the observed value files of the last successful reconciliation.")
  private List<String> observedValuesFiles = new ArrayList<>();

  @JsonProperty("url")
  @JsonPropertyDescription("URL is the dynamic fetch link for the latest Artifact.")
  private String url;

  @JsonProperty("artifact")
  @JsonPropertyDescription("Artifact represents the last successful reconciliation.")
  private Artifact artifact;

  public String getObservedSourceArtifactRevision() {
    return observedSourceArtifactRevision;
  }

  public void setObservedSourceArtifactRevision(String observedSourceArtifactRevision) {
    this.observedSourceArtifactRevision = observedSourceArtifactRevision;
  }

  public String getObservedChartName() {
    return observedChartName;
  }

  public void setObservedChartName(String observedChartName) {
    this.observedChartName = observedChartName;
  }

  public List<String> getObservedValuesFiles() {
    return observedValuesFiles;
  }

  public void setObservedValuesFiles(List<String> observedValuesFiles) {
    this.observedValuesFiles =
        observedValuesFiles == null ? new ArrayList<>() : observedValuesFiles;
  }

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
    return o instanceof HelmChartStatus other
        && super.equals(o)
        && Objects.equals(observedSourceArtifactRevision, other.observedSourceArtifactRevision)
        && Objects.equals(observedChartName, other.observedChartName)
        && Objects.equals(observedValuesFiles, other.observedValuesFiles)
        && Objects.equals(url, other.url)
        && Objects.equals(artifact, other.artifact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        observedSourceArtifactRevision,
        observedChartName,
        observedValuesFiles,
        url,
        artifact);
  }
}
