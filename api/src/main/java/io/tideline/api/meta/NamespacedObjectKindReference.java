package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * A reference to an object by kind and name, optionally in another namespace ({@code
 * meta.NamespacedObjectKindReference}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class NamespacedObjectKindReference {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription(
      "API version of the referent, if not specified the Kubernetes preferred version will be used.")
  private String apiVersion;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the referent.")
  private String kind;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription(
      "Namespace of the referent, when not specified it acts as LocalObjectReference.")
  private String namespace;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
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
    return o instanceof NamespacedObjectKindReference other
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
