package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/**
 * Selects Kubernetes objects by group, version, kind, name, namespace, label and annotation
 * selectors ({@code kustomize.Selector}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Selector {

  @JsonProperty("group")
  @JsonPropertyDescription("Group is the API group to select resources from.")
  private String group;

  @JsonProperty("version")
  @JsonPropertyDescription("Version of the API Group to select resources from.")
  private String version;

  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the API Group to select resources from.")
  private String kind;

  @JsonProperty("namespace")
  @JsonPropertyDescription("Namespace to select resources from.")
  private String namespace;

  @JsonProperty("name")
  @JsonPropertyDescription("Name to match resources with.")
  private String name;

  @JsonProperty("annotationSelector")
  @JsonPropertyDescription(
      "AnnotationSelector is a string that follows the label selection expression; it matches with the resource annotations.")
  private String annotationSelector;

  @JsonProperty("labelSelector")
  @JsonPropertyDescription(
      "LabelSelector is a string that follows the label selection expression; it matches with the resource labels.")
  private String labelSelector;

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAnnotationSelector() {
    return annotationSelector;
  }

  public void setAnnotationSelector(String annotationSelector) {
    this.annotationSelector = annotationSelector;
  }

  public String getLabelSelector() {
    return labelSelector;
  }

  public void setLabelSelector(String labelSelector) {
    this.labelSelector = labelSelector;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector other
        && Objects.equals(group, other.group)
        && Objects.equals(version, other.version)
        && Objects.equals(kind, other.kind)
        && Objects.equals(namespace, other.namespace)
        && Objects.equals(name, other.name)
        && Objects.equals(annotationSelector, other.annotationSelector)
        && Objects.equals(labelSelector, other.labelSelector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, version, kind, namespace, name, annotationSelector, labelSelector);
  }
}
