package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Size;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.ResourceInventory;
import java.util.List;

/**
 * Observed state of a HelmRelease: release history, failure counters and what was last attempted.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmReleaseStatus extends ObservedStatus {

  @JsonProperty("observedPostRenderersDigest")
  @JsonPropertyDescription("Digest of the post-renderers of the last successful release.")
  private String observedPostRenderersDigest;

  @JsonProperty("observedCommonMetadataDigest")
  @JsonPropertyDescription("Digest of the common metadata of the last successful release.")
  private String observedCommonMetadataDigest;

  @JsonProperty("lastAttemptedGeneration")
  @JsonPropertyDescription("Generation of the last attempted release.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private long lastAttemptedGeneration;

  @JsonProperty("helmChart")
  @JsonPropertyDescription("<namespace>/<name> of the generated HelmChart.")
  private String helmChart;

  @JsonProperty("storageNamespace")
  @JsonPropertyDescription("Namespace of the Helm storage of the current release.")
  @Size(min = 1, max = 63)
  private String storageNamespace;

  @JsonProperty("history")
  @JsonPropertyDescription("Release revisions, newest first, back to the previous successful one.")
  private List<Snapshot> history;

  @JsonProperty("inventory")
  @JsonPropertyDescription(
      "Objects of the current release (rendered manifests and chart CRDs, no hooks).")
  private ResourceInventory inventory;

  @JsonProperty("lastAttemptedReleaseAction")
  @JsonPropertyDescription("The last attempted release action.")
  private ReleaseAction lastAttemptedReleaseAction;

  @JsonProperty("lastAttemptedReleaseActionDuration")
  @JsonPropertyDescription("Duration of the last attempted release action (Go duration string).")
  private String lastAttemptedReleaseActionDuration;

  @JsonProperty("failures")
  @JsonPropertyDescription("Failures since the last success, of any action.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private long failures;

  @JsonProperty("installFailures")
  @JsonPropertyDescription("Install failures since the last success.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private long installFailures;

  @JsonProperty("upgradeFailures")
  @JsonPropertyDescription("Upgrade failures since the last success.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private long upgradeFailures;

  @JsonProperty("lastAttemptedRevision")
  @JsonPropertyDescription(
      "Chart version of the last attempt (<version>+<digest prefix> for OCI charts).")
  private String lastAttemptedRevision;

  @JsonProperty("lastAttemptedRevisionDigest")
  @JsonPropertyDescription("OCI digest of the chart of the last attempt.")
  private String lastAttemptedRevisionDigest;

  @JsonProperty("lastAttemptedValuesChecksum")
  @JsonPropertyDescription("Deprecated: SHA1 of the values of the last attempt.")
  private String lastAttemptedValuesChecksum;

  @JsonProperty("lastReleaseRevision")
  @JsonPropertyDescription("Deprecated: Helm revision of the last successful release.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private int lastReleaseRevision;

  @JsonProperty("lastAttemptedConfigDigest")
  @JsonPropertyDescription("Digest of the merged values of the last attempt, <algo>:<hex>.")
  private String lastAttemptedConfigDigest;

  @JsonProperty("lastHandledForceAt")
  @JsonPropertyDescription("The reconcile.fluxcd.io/forceAt token last handled.")
  private String lastHandledForceAt;

  @JsonProperty("lastHandledResetAt")
  @JsonPropertyDescription("The reconcile.fluxcd.io/resetAt token last handled.")
  private String lastHandledResetAt;

  public String getObservedPostRenderersDigest() {
    return observedPostRenderersDigest;
  }

  public void setObservedPostRenderersDigest(String observedPostRenderersDigest) {
    this.observedPostRenderersDigest = observedPostRenderersDigest;
  }

  public String getObservedCommonMetadataDigest() {
    return observedCommonMetadataDigest;
  }

  public void setObservedCommonMetadataDigest(String observedCommonMetadataDigest) {
    this.observedCommonMetadataDigest = observedCommonMetadataDigest;
  }

  public long getLastAttemptedGeneration() {
    return lastAttemptedGeneration;
  }

  public void setLastAttemptedGeneration(long lastAttemptedGeneration) {
    this.lastAttemptedGeneration = lastAttemptedGeneration;
  }

  public String getHelmChart() {
    return helmChart;
  }

  public void setHelmChart(String helmChart) {
    this.helmChart = helmChart;
  }

  public String getStorageNamespace() {
    return storageNamespace;
  }

  public void setStorageNamespace(String storageNamespace) {
    this.storageNamespace = storageNamespace;
  }

  public List<Snapshot> getHistory() {
    return history;
  }

  public void setHistory(List<Snapshot> history) {
    this.history = history;
  }

  public ResourceInventory getInventory() {
    return inventory;
  }

  public void setInventory(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  public ReleaseAction getLastAttemptedReleaseAction() {
    return lastAttemptedReleaseAction;
  }

  public void setLastAttemptedReleaseAction(ReleaseAction lastAttemptedReleaseAction) {
    this.lastAttemptedReleaseAction = lastAttemptedReleaseAction;
  }

  public String getLastAttemptedReleaseActionDuration() {
    return lastAttemptedReleaseActionDuration;
  }

  public void setLastAttemptedReleaseActionDuration(String lastAttemptedReleaseActionDuration) {
    this.lastAttemptedReleaseActionDuration = lastAttemptedReleaseActionDuration;
  }

  public long getFailures() {
    return failures;
  }

  public void setFailures(long failures) {
    this.failures = failures;
  }

  public long getInstallFailures() {
    return installFailures;
  }

  public void setInstallFailures(long installFailures) {
    this.installFailures = installFailures;
  }

  public long getUpgradeFailures() {
    return upgradeFailures;
  }

  public void setUpgradeFailures(long upgradeFailures) {
    this.upgradeFailures = upgradeFailures;
  }

  public String getLastAttemptedRevision() {
    return lastAttemptedRevision;
  }

  public void setLastAttemptedRevision(String lastAttemptedRevision) {
    this.lastAttemptedRevision = lastAttemptedRevision;
  }

  public String getLastAttemptedRevisionDigest() {
    return lastAttemptedRevisionDigest;
  }

  public void setLastAttemptedRevisionDigest(String lastAttemptedRevisionDigest) {
    this.lastAttemptedRevisionDigest = lastAttemptedRevisionDigest;
  }

  public String getLastAttemptedValuesChecksum() {
    return lastAttemptedValuesChecksum;
  }

  public void setLastAttemptedValuesChecksum(String lastAttemptedValuesChecksum) {
    this.lastAttemptedValuesChecksum = lastAttemptedValuesChecksum;
  }

  public int getLastReleaseRevision() {
    return lastReleaseRevision;
  }

  public void setLastReleaseRevision(int lastReleaseRevision) {
    this.lastReleaseRevision = lastReleaseRevision;
  }

  public String getLastAttemptedConfigDigest() {
    return lastAttemptedConfigDigest;
  }

  public void setLastAttemptedConfigDigest(String lastAttemptedConfigDigest) {
    this.lastAttemptedConfigDigest = lastAttemptedConfigDigest;
  }

  public String getLastHandledForceAt() {
    return lastHandledForceAt;
  }

  public void setLastHandledForceAt(String lastHandledForceAt) {
    this.lastHandledForceAt = lastHandledForceAt;
  }

  public String getLastHandledResetAt() {
    return lastHandledResetAt;
  }

  public void setLastHandledResetAt(String lastHandledResetAt) {
    this.lastHandledResetAt = lastHandledResetAt;
  }
}
