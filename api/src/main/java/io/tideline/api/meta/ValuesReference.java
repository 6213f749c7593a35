package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** A HelmRelease {@code valuesFrom} entry ({@code meta.ValuesReference}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ValuesReference {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the values referent, valid values are ('Secret', 'ConfigMap').")
  private ConfigDataKind kind;

  @Required
  @Size(min = 1, max = 253)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription(
      "Name of the values referent. Should reside in the same namespace as the referring resource.")
  private String name;

  @Pattern("^[\\-._a-zA-Z0-9]+$")
  @Size(max = 253)
  @JsonProperty("valuesKey")
  @JsonPropertyDescription(
      "ValuesKey is the data key where the values.yaml or a specific value can be found at. Defaults to 'values.yaml'.")
  private String valuesKey;

  @Pattern("^([a-zA-Z0-9_\\-.\\\\\\/]|\\[[0-9]{1,5}\\])+$")
  @Size(max = 250)
  @JsonProperty("targetPath")
  @JsonPropertyDescription(
      "TargetPath is the YAML dot notation path the value should be merged at.")
  private String targetPath;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("optional")
  @JsonPropertyDescription("Optional marks this ValuesReference as optional.")
  private boolean optional;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("literal")
  @JsonPropertyDescription(
      "Literal makes the value be used verbatim, without YAML parsing (only with targetPath).")
  private boolean literal;

  public ConfigDataKind getKind() {
    return kind;
  }

  public void setKind(ConfigDataKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValuesKey() {
    return valuesKey;
  }

  public void setValuesKey(String valuesKey) {
    this.valuesKey = valuesKey;
  }

  public String getTargetPath() {
    return targetPath;
  }

  public void setTargetPath(String targetPath) {
    this.targetPath = targetPath;
  }

  public boolean isOptional() {
    return optional;
  }

  public void setOptional(boolean optional) {
    this.optional = optional;
  }

  public boolean isLiteral() {
    return literal;
  }

  public void setLiteral(boolean literal) {
    this.literal = literal;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValuesReference other
        && Objects.equals(kind, other.kind)
        && Objects.equals(name, other.name)
        && Objects.equals(valuesKey, other.valuesKey)
        && Objects.equals(targetPath, other.targetPath)
        && optional == other.optional
        && literal == other.literal;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, valuesKey, targetPath, optional, literal);
  }
}
