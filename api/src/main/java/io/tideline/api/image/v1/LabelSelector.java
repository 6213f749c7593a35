package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.SchemaListType;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes {@code metav1.LabelSelector}, declared here (instead of fabric8's model class) so
 * the CRD carries the same schema markers as Flux's: its lists are atomic and every requirement
 * needs a key and an operator. The results of {@code matchLabels} and {@code matchExpressions} are
 * ANDed; an empty selector matches everything.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class LabelSelector {

  @JsonProperty("matchLabels")
  @JsonPropertyDescription("Labels that must all be present with exactly these values.")
  private Map<String, String> matchLabels;

  @JsonProperty("matchExpressions")
  @JsonPropertyDescription("Label requirements that must all hold.")
  @SchemaListType("atomic")
  private List<LabelSelectorRequirement> matchExpressions;

  public LabelSelector() {}

  public LabelSelector(
      Map<String, String> matchLabels, List<LabelSelectorRequirement> matchExpressions) {
    this.matchLabels = matchLabels;
    this.matchExpressions = matchExpressions;
  }

  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public void setMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
  }

  public List<LabelSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public void setMatchExpressions(List<LabelSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
  }
}
