package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.SchemaFormat;
import java.util.Map;

/** Observed state of an ImageUpdateAutomation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImageUpdateAutomationStatus extends ObservedStatus {

  @JsonProperty("lastAutomationRunTime")
  @JsonPropertyDescription("When the automation last ran (RFC 3339).")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastAutomationRunTime;

  @JsonProperty("lastPushCommit")
  @JsonPropertyDescription("SHA of the last pushed commit.")
  private String lastPushCommit;

  @JsonProperty("lastPushTime")
  @JsonPropertyDescription("When the last push happened (RFC 3339).")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastPushTime;

  @JsonProperty("observedPolicies")
  @JsonPropertyDescription("Policy results used by the last run, by policy name.")
  private Map<String, ImageRef> observedPolicies;

  @JsonProperty("observedSourceRevision")
  @JsonPropertyDescription("Source revision used by the last run, e.g. main@sha1:<hex>.")
  private String observedSourceRevision;

  public String getLastAutomationRunTime() {
    return lastAutomationRunTime;
  }

  public void setLastAutomationRunTime(String lastAutomationRunTime) {
    this.lastAutomationRunTime = lastAutomationRunTime;
  }

  public String getLastPushCommit() {
    return lastPushCommit;
  }

  public void setLastPushCommit(String lastPushCommit) {
    this.lastPushCommit = lastPushCommit;
  }

  public String getLastPushTime() {
    return lastPushTime;
  }

  public void setLastPushTime(String lastPushTime) {
    this.lastPushTime = lastPushTime;
  }

  public Map<String, ImageRef> getObservedPolicies() {
    return observedPolicies;
  }

  public void setObservedPolicies(Map<String, ImageRef> observedPolicies) {
    this.observedPolicies = observedPolicies;
  }

  public String getObservedSourceRevision() {
    return observedSourceRevision;
  }

  public void setObservedSourceRevision(String observedSourceRevision) {
    this.observedSourceRevision = observedSourceRevision;
  }
}
