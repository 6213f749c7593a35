package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** Where automation commits are pushed. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PushSpec {

  @JsonProperty("branch")
  @JsonPropertyDescription(
      "Branch to push to; the checkout branch when absent, created from it if missing.")
  private String branch;

  @JsonProperty("refspec")
  @JsonPropertyDescription("Additional refspec to push, e.g. refs/heads/main:refs/for/main.")
  private String refspec;

  @JsonProperty("options")
  @JsonPropertyDescription("Git push options.")
  private Map<String, String> options;

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch;
  }

  public String getRefspec() {
    return refspec;
  }

  public void setRefspec(String refspec) {
    this.refspec = refspec;
  }

  public Map<String, String> getOptions() {
    return options;
  }

  public void setOptions(Map<String, String> options) {
    this.options = options;
  }
}
