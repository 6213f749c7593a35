package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The same-namespace source a HelmChart takes its chart from. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class LocalHelmChartSourceReference {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription("APIVersion of the referent.")
  private String apiVersion;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("kind")
  @JsonPropertyDescription(
      "Kind of the referent, valid values are ('HelmRepository', 'GitRepository', 'Bucket').")
  private HelmChartSourceKind kind;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  private String name;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public HelmChartSourceKind getKind() {
    return kind;
  }

  public void setKind(HelmChartSourceKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalHelmChartSourceReference other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name);
  }
}
