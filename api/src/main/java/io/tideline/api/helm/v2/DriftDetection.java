package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.IgnoreRule;
import java.util.List;

/** Drift detection between the release manifest and the cluster. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class DriftDetection {

  @JsonProperty("mode")
  @JsonPropertyDescription("What to do about drift; disabled when absent.")
  private DriftDetectionMode mode;

  @JsonProperty("ignore")
  @JsonPropertyDescription("Paths to ignore while comparing.")
  private List<IgnoreRule> ignore;

  public DriftDetectionMode getMode() {
    return mode;
  }

  public void setMode(DriftDetectionMode mode) {
    this.mode = mode;
  }

  public List<IgnoreRule> getIgnore() {
    return ignore;
  }

  public void setIgnore(List<IgnoreRule> ignore) {
    this.ignore = ignore;
  }
}
