package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.tideline.api.meta.CrdConventions;
import java.util.List;

/** Helm tests run after a successful install or upgrade. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Test {

  @JsonProperty("enable")
  @JsonPropertyDescription("Run the tests.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean enable;

  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "Timeout of each Kubernetes operation of the tests; defaults to spec.timeout.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String timeout;

  @JsonProperty("ignoreFailures")
  @JsonPropertyDescription("Do not count test failures as release failures.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean ignoreFailures;

  @JsonProperty("filters")
  @JsonPropertyDescription("Which tests to run; all when absent.")
  private List<TestFilter> filters;

  public boolean isEnable() {
    return enable;
  }

  public void setEnable(boolean enable) {
    this.enable = enable;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public boolean isIgnoreFailures() {
    return ignoreFailures;
  }

  public void setIgnoreFailures(boolean ignoreFailures) {
    this.ignoreFailures = ignoreFailures;
  }

  public List<TestFilter> getFilters() {
    return filters;
  }

  public void setFilters(List<TestFilter> filters) {
    this.filters = filters;
  }
}
