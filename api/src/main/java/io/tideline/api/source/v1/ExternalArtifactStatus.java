package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ExternalArtifact {@code status}: written by a third-party producer; unlike other statuses it has
 * no observedGeneration nor lastHandledReconcileAt.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ExternalArtifactStatus {

  @JsonProperty("artifact")
  @JsonPropertyDescription("Artifact represents the output of an ExternalArtifact reconciliation.")
  private Artifact artifact;

  @JsonProperty("conditions")
  @JsonPropertyDescription("Conditions holds the conditions for the ExternalArtifact.")
  private List<Condition> conditions = new ArrayList<>();

  public Artifact getArtifact() {
    return artifact;
  }

  public void setArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions == null ? new ArrayList<>() : conditions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalArtifactStatus other
        && Objects.equals(artifact, other.artifact)
        && Objects.equals(conditions, other.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(artifact, conditions);
  }
}
