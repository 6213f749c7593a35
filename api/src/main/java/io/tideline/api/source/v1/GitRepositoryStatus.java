package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ObservedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** GitRepository {@code status}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GitRepositoryStatus extends ObservedStatus {

  @JsonProperty("artifact")
  @JsonPropertyDescription("Artifact represents the last successful reconciliation.")
  private Artifact artifact;

  @JsonProperty("includedArtifacts")
  @JsonPropertyDescription(
      "IncludedArtifacts contains a list of the last successfully included Artifacts as instructed by GitRepositorySpec.Include.")
  private List<Artifact> includedArtifacts = new ArrayList<>();

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("observedIgnore")
  @JsonPropertyDescription(
      "ObservedIgnore is the observed exclusion patterns used for constructing the source artifact.")
  private String observedIgnore;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("observedRecurseSubmodules")
  @JsonPropertyDescription(
      "ObservedRecurseSubmodules is the observed resource submodules configuration used to produce the current Artifact.")
  private boolean observedRecurseSubmodules;

  @JsonProperty("observedInclude")
  @JsonPropertyDescription(
      "ObservedInclude is the observed list of GitRepository resources used to produce the current Artifact.")
  private List<GitRepositoryInclude> observedInclude = new ArrayList<>();

  @JsonProperty("observedSparseCheckout")
  @JsonPropertyDescription(
      "ObservedSparseCheckout is the observed list of directories used to produce the current Artifact.")
  private List<String> observedSparseCheckout = new ArrayList<>();

  @JsonProperty("sourceVerificationMode")
  @JsonPropertyDescription(
      "SourceVerificationMode is the last used verification mode indicating which Git object(s) have been verified.")
  private GitVerificationMode sourceVerificationMode;

  public Artifact getArtifact() {
    return artifact;
  }

  public void setArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  public List<Artifact> getIncludedArtifacts() {
    return includedArtifacts;
  }

  public void setIncludedArtifacts(List<Artifact> includedArtifacts) {
    this.includedArtifacts = includedArtifacts == null ? new ArrayList<>() : includedArtifacts;
  }

  public String getObservedIgnore() {
    return observedIgnore;
  }

  public void setObservedIgnore(String observedIgnore) {
    this.observedIgnore = observedIgnore;
  }

  public boolean isObservedRecurseSubmodules() {
    return observedRecurseSubmodules;
  }

  public void setObservedRecurseSubmodules(boolean observedRecurseSubmodules) {
    this.observedRecurseSubmodules = observedRecurseSubmodules;
  }

  public List<GitRepositoryInclude> getObservedInclude() {
    return observedInclude;
  }

  public void setObservedInclude(List<GitRepositoryInclude> observedInclude) {
    this.observedInclude = observedInclude == null ? new ArrayList<>() : observedInclude;
  }

  public List<String> getObservedSparseCheckout() {
    return observedSparseCheckout;
  }

  public void setObservedSparseCheckout(List<String> observedSparseCheckout) {
    this.observedSparseCheckout =
        observedSparseCheckout == null ? new ArrayList<>() : observedSparseCheckout;
  }

  public GitVerificationMode getSourceVerificationMode() {
    return sourceVerificationMode;
  }

  public void setSourceVerificationMode(GitVerificationMode sourceVerificationMode) {
    this.sourceVerificationMode = sourceVerificationMode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitRepositoryStatus other
        && super.equals(o)
        && Objects.equals(artifact, other.artifact)
        && Objects.equals(includedArtifacts, other.includedArtifacts)
        && Objects.equals(observedIgnore, other.observedIgnore)
        && observedRecurseSubmodules == other.observedRecurseSubmodules
        && Objects.equals(observedInclude, other.observedInclude)
        && Objects.equals(observedSparseCheckout, other.observedSparseCheckout)
        && Objects.equals(sourceVerificationMode, other.sourceVerificationMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        artifact,
        includedArtifacts,
        observedIgnore,
        observedRecurseSubmodules,
        observedInclude,
        observedSparseCheckout,
        sourceVerificationMode);
  }
}
