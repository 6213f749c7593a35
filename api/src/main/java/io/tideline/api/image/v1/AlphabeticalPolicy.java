package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** Selects a tag by lexical order. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class AlphabeticalPolicy {

  @JsonProperty("order")
  @JsonPropertyDescription("Sort order; asc picks the lexically last tag.")
  @Default("asc")
  private SortOrder order;

  public SortOrder getOrder() {
    return order;
  }

  public void setOrder(SortOrder order) {
    this.order = order;
  }
}
