package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * A kustomize patch (strategic merge or JSON 6902) with an optional target selector ({@code
 * kustomize.Patch}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Patch {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("patch")
  @JsonPropertyDescription(
      "Patch contains an inline StrategicMerge patch or an inline JSON6902 patch with an array of operation objects.")
  private String patch;

  @JsonProperty("target")
  @JsonPropertyDescription(
      "Target points to the resources that the patch document should be applied to.")
  private Selector target;

  public String getPatch() {
    return patch;
  }

  public void setPatch(String patch) {
    this.patch = patch;
  }

  public Selector getTarget() {
    return target;
  }

  public void setTarget(Selector target) {
    this.target = target;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Patch other
        && Objects.equals(patch, other.patch)
        && Objects.equals(target, other.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patch, target);
  }
}
