package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** Another GitRepository whose artifact is copied into this one's. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GitRepositoryInclude {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("repository")
  @JsonPropertyDescription(
      "GitRepositoryRef specifies the GitRepository which Artifact contents must be included.")
  private LocalObjectReference repository;

  @JsonProperty("fromPath")
  @JsonPropertyDescription(
      "FromPath specifies the path to copy contents from, defaults to the root of the Artifact.")
  private String fromPath;

  @JsonProperty("toPath")
  @JsonPropertyDescription(
      "ToPath specifies the path to copy contents to, defaults to the name of the GitRepositoryRef.")
  private String toPath;

  public LocalObjectReference getRepository() {
    return repository;
  }

  public void setRepository(LocalObjectReference repository) {
    this.repository = repository;
  }

  public String getFromPath() {
    return fromPath;
  }

  public void setFromPath(String fromPath) {
    this.fromPath = fromPath;
  }

  public String getToPath() {
    return toPath;
  }

  public void setToPath(String toPath) {
    this.toPath = toPath;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitRepositoryInclude other
        && Objects.equals(repository, other.repository)
        && Objects.equals(fromPath, other.fromPath)
        && Objects.equals(toPath, other.toPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(repository, fromPath, toPath);
  }
}
