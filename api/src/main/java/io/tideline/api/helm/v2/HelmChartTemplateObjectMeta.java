package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** Labels and annotations put on the HelmChart generated from a chart template. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmChartTemplateObjectMeta {

  @JsonProperty("labels")
  @JsonPropertyDescription("Labels of the generated HelmChart.")
  private Map<String, String> labels;

  @JsonProperty("annotations")
  @JsonPropertyDescription("Annotations of the generated HelmChart.")
  private Map<String, String> annotations;

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }
}
