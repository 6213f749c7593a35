package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One post-render step; post-renderers run in order. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PostRenderer {

  @JsonProperty("kustomize")
  @JsonPropertyDescription("Kustomize post-rendering.")
  private PostRendererKustomize kustomize;

  public PostRendererKustomize getKustomize() {
    return kustomize;
  }

  public void setKustomize(PostRendererKustomize kustomize) {
    this.kustomize = kustomize;
  }
}
