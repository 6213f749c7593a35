package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The objects a Kustomization or HelmRelease applied ({@code status.inventory}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ResourceInventory {

  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("entries")
  @JsonPropertyDescription("Entries of Kubernetes resource object references.")
  private List<ResourceRef> entries = new ArrayList<>();

  public List<ResourceRef> getEntries() {
    return entries;
  }

  public void setEntries(List<ResourceRef> entries) {
    this.entries = entries == null ? new ArrayList<>() : entries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceInventory other && Objects.equals(entries, other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries);
  }
}
