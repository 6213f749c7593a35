package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drift-detection ignore rule: JSON pointers to ignore on the objects matched by the target. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class IgnoreRule {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("paths")
  @JsonPropertyDescription(
      "Paths is a list of JSON Pointer (RFC 6901) paths to be excluded from consideration in a Kubernetes object.")
  private List<String> paths = new ArrayList<>();

  @JsonProperty("target")
  @JsonPropertyDescription(
      "Target is a selector for specifying Kubernetes objects to which this rule applies.")
  private Selector target;

  public List<String> getPaths() {
    return paths;
  }

  public void setPaths(List<String> paths) {
    this.paths = paths == null ? new ArrayList<>() : paths;
  }

  public Selector getTarget() {
    return target;
  }

  public void setTarget(Selector target) {
    this.target = target;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IgnoreRule other
        && Objects.equals(paths, other.paths)
        && Objects.equals(target, other.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paths, target);
  }
}
