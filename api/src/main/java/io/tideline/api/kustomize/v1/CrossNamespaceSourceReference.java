package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The source a Kustomization takes its manifests from; the namespace defaults to the
 * Kustomization's.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CrossNamespaceSourceReference {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription("API version of the referent.")
  private String apiVersion;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the referent.")
  private KustomizationSourceKind kind;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription(
      "Namespace of the referent, defaults to the namespace of the Kubernetes resource object that contains the reference.")
  private String namespace;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public KustomizationSourceKind getKind() {
    return kind;
  }

  public void setKind(KustomizationSourceKind kind) {
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

  @Override
  public boolean equals(Object o) {
    return o instanceof CrossNamespaceSourceReference other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(name, other.name)
        && Objects.equals(namespace, other.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, namespace);
  }
}
