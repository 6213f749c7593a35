package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.SchemaMapType;

/** Which Git repository to update from which ImagePolicies, and how to commit and push. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImageUpdateAutomationSpec {

  @JsonProperty("sourceRef")
  @JsonPropertyDescription("The GitRepository to update.")
  @Required
  private CrossNamespaceSourceReference sourceRef;

  @JsonProperty("git")
  @JsonPropertyDescription("Git checkout, commit and push settings.")
  private GitSpec git;

  @JsonProperty("interval")
  @JsonPropertyDescription("Run interval.")
  @Required
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("policySelector")
  @JsonPropertyDescription("ImagePolicies (same namespace) feeding the setters; all when absent.")
  @SchemaMapType("atomic")
  private LabelSelector policySelector;

  @JsonProperty("update")
  @JsonPropertyDescription("Update strategy.")
  @Default("{\"strategy\": \"Setters\"}")
  private UpdateStrategy update;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Suspend automation.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  public CrossNamespaceSourceReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(CrossNamespaceSourceReference sourceRef) {
    this.sourceRef = sourceRef;
  }

  public GitSpec getGit() {
    return git;
  }

  public void setGit(GitSpec git) {
    this.git = git;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public LabelSelector getPolicySelector() {
    return policySelector;
  }

  public void setPolicySelector(LabelSelector policySelector) {
    this.policySelector = policySelector;
  }

  public UpdateStrategy getUpdate() {
    return update;
  }

  public void setUpdate(UpdateStrategy update) {
    this.update = update;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }
}
