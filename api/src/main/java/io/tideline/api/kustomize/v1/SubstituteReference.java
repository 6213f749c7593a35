package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.tideline.api.meta.ConfigDataKind;
import java.util.Objects;

/** A ConfigMap or Secret whose data keys are post-build variables. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class SubstituteReference {

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

  @Default("false")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("optional")
  @JsonPropertyDescription(
      "Optional indicates whether the referenced resource must exist, or whether to tolerate its absence.")
  private boolean optional;

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

  public boolean isOptional() {
    return optional;
  }

  public void setOptional(boolean optional) {
    this.optional = optional;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubstituteReference other
        && Objects.equals(kind, other.kind)
        && Objects.equals(name, other.name)
        && optional == other.optional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, optional);
  }
}
