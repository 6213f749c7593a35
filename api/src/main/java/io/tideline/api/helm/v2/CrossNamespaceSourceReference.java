package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/**
 * The object {@code spec.chartRef} points to: an OCIRepository, HelmChart or ExternalArtifact
 * holding a chart artifact.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CrossNamespaceSourceReference {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription("API version of the referent.")
  private String apiVersion;

  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the referent.")
  @Required
  private ChartRefKind kind;

  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  @Required
  @Size(min = 1, max = 253)
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription("Namespace of the referent; empty means the HelmRelease namespace.")
  @Size(min = 1, max = 63)
  private String namespace;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public ChartRefKind getKind() {
    return kind;
  }

  public void setKind(ChartRefKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }
}
