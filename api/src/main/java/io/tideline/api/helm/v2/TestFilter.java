package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** Selects Helm test hooks by name. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class TestFilter {

  @JsonProperty("name")
  @JsonPropertyDescription("Name of the test hook.")
  @Required
  @Size(min = 1, max = 253)
  private String name;

  @JsonProperty("exclude")
  @JsonPropertyDescription("Exclude the named test instead of including it.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean exclude;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isExclude() {
    return exclude;
  }

  public void setExclude(boolean exclude) {
    this.exclude = exclude;
  }
}
