package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** How released resources are waited for. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class WaitStrategy {

  @JsonProperty("name")
  @JsonPropertyDescription("The wait strategy.")
  @Required
  private WaitStrategyName name;

  public WaitStrategyName getName() {
    return name;
  }

  public void setName(WaitStrategyName name) {
    this.name = name;
  }
}
