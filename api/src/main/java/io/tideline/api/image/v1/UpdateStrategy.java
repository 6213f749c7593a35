package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** How and where files are updated. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class UpdateStrategy {

  @JsonProperty("strategy")
  @JsonPropertyDescription("The update strategy.")
  @Default("Setters")
  private UpdateStrategyName strategy;

  @JsonProperty("path")
  @JsonPropertyDescription(
      "Directory to update, relative to the repository root; the root when absent.")
  private String path;

  public UpdateStrategyName getStrategy() {
    return strategy;
  }

  public void setStrategy(UpdateStrategyName strategy) {
    this.strategy = strategy;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }
}
