package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * CEL health expressions for custom resources of an API group (and optionally one kind) ({@code
 * kustomize.CustomHealthCheck}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CustomHealthCheck {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("apiVersion")
  @JsonPropertyDescription("APIVersion of the custom resource under evaluation.")
  private String apiVersion;

  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the custom resource under evaluation.")
  private String kind;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("current")
  @JsonPropertyDescription(
      "Current is the CEL expression that determines if the status of the custom resource has reached the desired state.")
  private String current;

  @JsonProperty("inProgress")
  @JsonPropertyDescription(
      "InProgress is the CEL expression that determines if the status of the custom resource has not yet reached the desired state.")
  private String inProgress;

  @JsonProperty("failed")
  @JsonPropertyDescription(
      "Failed is the CEL expression that determines if the status of the custom resource has failed to reach the desired state.")
  private String failed;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getInProgress() {
    return inProgress;
  }

  public void setInProgress(String inProgress) {
    this.inProgress = inProgress;
  }

  public String getFailed() {
    return failed;
  }

  public void setFailed(String failed) {
    this.failed = failed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomHealthCheck other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(current, other.current)
        && Objects.equals(inProgress, other.inProgress)
        && Objects.equals(failed, other.failed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, current, inProgress, failed);
  }
}
