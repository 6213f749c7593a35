package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Selects namespaces by labels; an empty matchLabels matches every namespace. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class NamespaceSelector {

  @JsonProperty("matchLabels")
  @JsonPropertyDescription("MatchLabels is a map of {key,value} pairs.")
  private Map<String, String> matchLabels = new LinkedHashMap<>();

  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public void setMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels == null ? new LinkedHashMap<>() : matchLabels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NamespaceSelector other && Objects.equals(matchLabels, other.matchLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchLabels);
  }
}
