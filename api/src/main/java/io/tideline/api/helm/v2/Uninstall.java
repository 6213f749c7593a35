package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.tideline.api.meta.CrdConventions;

/** Helm uninstall settings, used on deletion and by uninstall remediation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Uninstall {

  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "Timeout of each Kubernetes operation of the uninstall; defaults to spec.timeout.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String timeout;

  @JsonProperty("disableHooks")
  @JsonPropertyDescription("Do not run uninstall hooks.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableHooks;

  @JsonProperty("keepHistory")
  @JsonPropertyDescription("Keep the release history after uninstalling.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean keepHistory;

  @JsonProperty("disableWait")
  @JsonPropertyDescription("Do not wait for resources to be deleted.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean disableWait;

  @JsonProperty("deletionPropagation")
  @JsonPropertyDescription("Deletion propagation policy.")
  @Default("background")
  private DeletionPropagation deletionPropagation;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public boolean isDisableHooks() {
    return disableHooks;
  }

  public void setDisableHooks(boolean disableHooks) {
    this.disableHooks = disableHooks;
  }

  public boolean isKeepHistory() {
    return keepHistory;
  }

  public void setKeepHistory(boolean keepHistory) {
    this.keepHistory = keepHistory;
  }

  public boolean isDisableWait() {
    return disableWait;
  }

  public void setDisableWait(boolean disableWait) {
    this.disableWait = disableWait;
  }

  public DeletionPropagation getDeletionPropagation() {
    return deletionPropagation;
  }

  public void setDeletionPropagation(DeletionPropagation deletionPropagation) {
    this.deletionPropagation = deletionPropagation;
  }
}
