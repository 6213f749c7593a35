package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Retries and remediation of failed upgrades. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class UpgradeRemediation {

  @JsonProperty("retries")
  @JsonPropertyDescription(
      "Upgrade retries before giving up; 0 means none, negative means infinite.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private int retries;

  @JsonProperty("ignoreTestFailures")
  @JsonPropertyDescription(
      "Whether test failures count as upgrade failures; defaults to test.ignoreFailures.")
  private Boolean ignoreTestFailures;

  @JsonProperty("remediateLastFailure")
  @JsonPropertyDescription(
      "Remediate the last failure when retries are exhausted; defaults to retries > 0.")
  private Boolean remediateLastFailure;

  @JsonProperty("strategy")
  @JsonPropertyDescription("Rollback or uninstall; rollback when absent.")
  private RemediationStrategy strategy;

  public int getRetries() {
    return retries;
  }

  public void setRetries(int retries) {
    this.retries = retries;
  }

  public Boolean getIgnoreTestFailures() {
    return ignoreTestFailures;
  }

  public void setIgnoreTestFailures(Boolean ignoreTestFailures) {
    this.ignoreTestFailures = ignoreTestFailures;
  }

  public Boolean getRemediateLastFailure() {
    return remediateLastFailure;
  }

  public void setRemediateLastFailure(Boolean remediateLastFailure) {
    this.remediateLastFailure = remediateLastFailure;
  }

  public RemediationStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(RemediationStrategy strategy) {
    this.strategy = strategy;
  }
}
