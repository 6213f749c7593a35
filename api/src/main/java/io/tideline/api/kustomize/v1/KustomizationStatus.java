package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.ResourceInventory;
import io.tideline.api.meta.Snapshot;
import io.tideline.api.meta.WithHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Kustomization {@code status}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class KustomizationStatus extends ObservedStatus implements WithHistory {

  @JsonProperty("lastAppliedRevision")
  @JsonPropertyDescription(
      "The last successfully applied revision. Equals the Revision of the applied Artifact from the referenced Source.")
  private String lastAppliedRevision;

  @JsonProperty("lastAppliedOriginRevision")
  @JsonPropertyDescription(
      "The last successfully applied origin revision. Equals the origin revision of the applied Artifact from the referenced Source.")
  private String lastAppliedOriginRevision;

  @JsonProperty("lastAttemptedRevision")
  @JsonPropertyDescription(
      "LastAttemptedRevision is the revision of the last reconciliation attempt.")
  private String lastAttemptedRevision;

  @JsonProperty("inventory")
  @JsonPropertyDescription(
      "Inventory contains the list of Kubernetes resource object references that have been successfully applied.")
  private ResourceInventory inventory;

  @JsonProperty("history")
  @JsonPropertyDescription(
      "History contains a set of snapshots of the last reconciliation attempts tracking the revision, the state and the duration of each attempt (newest first, at most 5).")
  private List<Snapshot> history = new ArrayList<>();

  public String getLastAppliedRevision() {
    return lastAppliedRevision;
  }

  public void setLastAppliedRevision(String lastAppliedRevision) {
    this.lastAppliedRevision = lastAppliedRevision;
  }

  public String getLastAppliedOriginRevision() {
    return lastAppliedOriginRevision;
  }

  public void setLastAppliedOriginRevision(String lastAppliedOriginRevision) {
    this.lastAppliedOriginRevision = lastAppliedOriginRevision;
  }

  public String getLastAttemptedRevision() {
    return lastAttemptedRevision;
  }

  public void setLastAttemptedRevision(String lastAttemptedRevision) {
    this.lastAttemptedRevision = lastAttemptedRevision;
  }

  public ResourceInventory getInventory() {
    return inventory;
  }

  public void setInventory(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public List<Snapshot> getHistory() {
    return history;
  }

  public void setHistory(List<Snapshot> history) {
    this.history = history == null ? new ArrayList<>() : history;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KustomizationStatus other
        && super.equals(o)
        && Objects.equals(lastAppliedRevision, other.lastAppliedRevision)
        && Objects.equals(lastAppliedOriginRevision, other.lastAppliedOriginRevision)
        && Objects.equals(lastAttemptedRevision, other.lastAttemptedRevision)
        && Objects.equals(inventory, other.inventory)
        && Objects.equals(history, other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        lastAppliedRevision,
        lastAppliedOriginRevision,
        lastAttemptedRevision,
        inventory,
        history);
  }
}
