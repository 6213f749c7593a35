package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * A {@code dependsOn} entry: another object of the same kind that must be ready first; CLI form
 * {@code [ns/]name[@celExpr]}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class DependencyReference {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription(
      "Namespace of the referent, when not specified it acts as LocalObjectReference.")
  private String namespace;

  @JsonProperty("readyExpr")
  @JsonPropertyDescription(
      "ReadyExpr is a CEL expression that can be used to assess the readiness of a dependency.")
  private String readyExpr;

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

  public String getReadyExpr() {
    return readyExpr;
  }

  public void setReadyExpr(String readyExpr) {
    this.readyExpr = readyExpr;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DependencyReference other
        && Objects.equals(name, other.name)
        && Objects.equals(namespace, other.namespace)
        && Objects.equals(readyExpr, other.readyExpr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, readyExpr);
  }
}
