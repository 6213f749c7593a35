package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.CrdConventions;

/** How a failed upgrade is handled. */
@ValidationRule(
    value = "!has(self.retryInterval) || self.name == 'RetryOnFailure'",
    message = ".retryInterval can only be set when .name is 'RetryOnFailure'")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class UpgradeStrategy {

  @JsonProperty("name")
  @JsonPropertyDescription(
      "The upgrade strategy; RemediateOnFailure unless the DefaultToRetryOnFailure gate is on.")
  @Required
  private ActionStrategyName name;

  @JsonProperty("retryInterval")
  @JsonPropertyDescription("Delay before retrying with RetryOnFailure; 5m when absent.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String retryInterval;

  public ActionStrategyName getName() {
    return name;
  }

  public void setName(ActionStrategyName name) {
    this.name = name;
  }

  public String getRetryInterval() {
    return retryInterval;
  }

  public void setRetryInterval(String retryInterval) {
    this.retryInterval = retryInterval;
  }
}
