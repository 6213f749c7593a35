package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One entry of a reconcile history ({@code meta.Snapshot}), keyed by digest and status. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Snapshot {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("digest")
  @JsonPropertyDescription(
      "Digest is the checksum in the format <algo>:<hex> of the resources in this snapshot.")
  private String digest;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("firstReconciled")
  @JsonPropertyDescription(
      "FirstReconciled is the time (RFC 3339) when this revision was first reconciled.")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String firstReconciled;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("lastReconciled")
  @JsonPropertyDescription(
      "LastReconciled is the time (RFC 3339) when this revision was last reconciled.")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastReconciled;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("lastReconciledDuration")
  @JsonPropertyDescription(
      "LastReconciledDuration is the time it took to reconcile the resources in this revision (Go duration).")
  private String lastReconciledDuration;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("lastReconciledStatus")
  @JsonPropertyDescription(
      "LastReconciledStatus is the status of the last reconciliation (the Ready reason).")
  private String lastReconciledStatus;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("totalReconciliations")
  @JsonPropertyDescription(
      "TotalReconciliations is the total number of reconciliations that have occurred for this snapshot.")
  private Long totalReconciliations;

  @JsonProperty("metadata")
  @JsonPropertyDescription(
      "Metadata contains metadata information about the snapshot, e.g. revision and originRevision.")
  private Map<String, String> metadata = new LinkedHashMap<>();

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getFirstReconciled() {
    return firstReconciled;
  }

  public void setFirstReconciled(String firstReconciled) {
    this.firstReconciled = firstReconciled;
  }

  public String getLastReconciled() {
    return lastReconciled;
  }

  public void setLastReconciled(String lastReconciled) {
    this.lastReconciled = lastReconciled;
  }

  public String getLastReconciledDuration() {
    return lastReconciledDuration;
  }

  public void setLastReconciledDuration(String lastReconciledDuration) {
    this.lastReconciledDuration = lastReconciledDuration;
  }

  public String getLastReconciledStatus() {
    return lastReconciledStatus;
  }

  public void setLastReconciledStatus(String lastReconciledStatus) {
    this.lastReconciledStatus = lastReconciledStatus;
  }

  public Long getTotalReconciliations() {
    return totalReconciliations;
  }

  public void setTotalReconciliations(Long totalReconciliations) {
    this.totalReconciliations = totalReconciliations;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata == null ? new LinkedHashMap<>() : metadata;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Snapshot other
        && Objects.equals(digest, other.digest)
        && Objects.equals(firstReconciled, other.firstReconciled)
        && Objects.equals(lastReconciled, other.lastReconciled)
        && Objects.equals(lastReconciledDuration, other.lastReconciledDuration)
        && Objects.equals(lastReconciledStatus, other.lastReconciledStatus)
        && Objects.equals(totalReconciliations, other.totalReconciliations)
        && Objects.equals(metadata, other.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        digest,
        firstReconciled,
        lastReconciled,
        lastReconciledDuration,
        lastReconciledStatus,
        totalReconciliations,
        metadata);
  }
}
