package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** Selects the highest tag within a semver range. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class SemVerPolicy {

  @JsonProperty("range")
  @JsonPropertyDescription("Semver constraint, e.g. >=1.0.0 <2.0.0 or ^1.x-0.")
  @Required
  private String range;

  public String getRange() {
    return range;
  }

  public void setRange(String range) {
    this.range = range;
  }
}
