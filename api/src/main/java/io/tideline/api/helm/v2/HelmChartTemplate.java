package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/**
 * The template of the HelmChart helm-controller creates for this release in the source namespace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmChartTemplate {

  @JsonProperty("metadata")
  @JsonPropertyDescription("Labels and annotations of the generated HelmChart.")
  private HelmChartTemplateObjectMeta metadata;

  @JsonProperty("spec")
  @JsonPropertyDescription("The HelmChart spec.")
  @Required
  private HelmChartTemplateSpec spec;

  public HelmChartTemplateObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(HelmChartTemplateObjectMeta metadata) {
    this.metadata = metadata;
  }

  public HelmChartTemplateSpec getSpec() {
    return spec;
  }

  public void setSpec(HelmChartTemplateSpec spec) {
    this.spec = spec;
  }
}
