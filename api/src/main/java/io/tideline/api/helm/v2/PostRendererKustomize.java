package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.Image;
import io.tideline.api.meta.Patch;
import java.util.List;

/** Kustomize patches and image overrides applied to the rendered manifests. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PostRendererKustomize {

  @JsonProperty("patches")
  @JsonPropertyDescription("Strategic-merge or JSON6902 patches, with optional targets.")
  private List<Patch> patches;

  @JsonProperty("images")
  @JsonPropertyDescription("Image name, tag and digest overrides.")
  private List<Image> images;

  public List<Patch> getPatches() {
    return patches;
  }

  public void setPatches(List<Patch> patches) {
    this.patches = patches;
  }

  public List<Image> getImages() {
    return images;
  }

  public void setImages(List<Image> images) {
    this.images = images;
  }
}
