package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Filters tags with a regular expression and optionally extracts the compared value. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class TagFilter {

  @JsonProperty("pattern")
  @JsonPropertyDescription("Regular expression a tag must match.")
  private String pattern;

  @JsonProperty("extract")
  @JsonPropertyDescription(
      "Replacement template (e.g. $ts) whose expansion is compared instead of the tag.")
  private String extract;

  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  public String getExtract() {
    return extract;
  }

  public void setExtract(String extract) {
    this.extract = extract;
  }
}
