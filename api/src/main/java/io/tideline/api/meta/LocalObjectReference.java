package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A reference to an object in the same namespace ({@code meta.LocalObjectReference}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class LocalObjectReference {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent.")
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** A reference to {@code name}. */
  public static LocalObjectReference of(String name) {
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(name);
    return ref;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalObjectReference other && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}
