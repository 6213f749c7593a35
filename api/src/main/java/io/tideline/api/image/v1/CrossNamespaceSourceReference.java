package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;

/** The GitRepository an ImageUpdateAutomation pushes to. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CrossNamespaceSourceReference {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription("API version of the referent.")
  private String apiVersion;

  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the referent.")
  @Required
  @Default("GitRepository")
  private AutomationSourceKind kind;

  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  @Required
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription("Namespace of the referent; the automation namespace when empty.")
  private String namespace;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public AutomationSourceKind getKind() {
    return kind;
  }

  public void setKind(AutomationSourceKind kind) {
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
