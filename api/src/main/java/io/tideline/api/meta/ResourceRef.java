package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * An inventory entry: the object id {@code <namespace>_<name>_<group>_<kind>} and its API version.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ResourceRef {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("id")
  @JsonPropertyDescription(
      "ID is the string representation of the Kubernetes resource object's metadata, in the format '<namespace>_<name>_<group>_<kind>'.")
  private String id;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("v")
  @JsonPropertyDescription("Version is the API version of the Kubernetes resource object's kind.")
  private String v;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }

  /** An entry for {@code id} at API version {@code v}. */
  public static ResourceRef of(String id, String v) {
    ResourceRef ref = new ResourceRef();
    ref.setId(id);
    ref.setV(v);
    return ref;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceRef other
        && Objects.equals(id, other.id)
        && Objects.equals(v, other.v);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, v);
  }
}
