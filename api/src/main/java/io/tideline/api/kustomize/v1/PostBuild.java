package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Post-build variable substitution settings. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PostBuild {

  @JsonProperty("substituteStrategy")
  @JsonPropertyDescription(
      "SubstituteStrategy defines the strategy for substituting variables ('WithVariables' or 'Always'); defaults to 'WithVariables'.")
  private SubstituteStrategy substituteStrategy;

  @JsonProperty("substitute")
  @JsonPropertyDescription(
      "Substitute holds a map of key/value pairs. The variables defined in your YAML manifests that match any of the keys defined in the map will be substituted with the set value.")
  private Map<String, String> substitute = new LinkedHashMap<>();

  @JsonProperty("substituteFrom")
  @JsonPropertyDescription(
      "SubstituteFrom holds references to ConfigMaps and Secrets containing the variables and their values to be substituted in the YAML manifests.")
  private List<SubstituteReference> substituteFrom = new ArrayList<>();

  public SubstituteStrategy getSubstituteStrategy() {
    return substituteStrategy;
  }

  public void setSubstituteStrategy(SubstituteStrategy substituteStrategy) {
    this.substituteStrategy = substituteStrategy;
  }

  public Map<String, String> getSubstitute() {
    return substitute;
  }

  public void setSubstitute(Map<String, String> substitute) {
    this.substitute = substitute == null ? new LinkedHashMap<>() : substitute;
  }

  public List<SubstituteReference> getSubstituteFrom() {
    return substituteFrom;
  }

  public void setSubstituteFrom(List<SubstituteReference> substituteFrom) {
    this.substituteFrom = substituteFrom == null ? new ArrayList<>() : substituteFrom;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostBuild other
        && Objects.equals(substituteStrategy, other.substituteStrategy)
        && Objects.equals(substitute, other.substitute)
        && Objects.equals(substituteFrom, other.substituteFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(substituteStrategy, substitute, substituteFrom);
  }
}
