package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Cross-namespace access list ({@code acl.AccessFrom}): OR over the namespace selectors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class AccessFrom {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("namespaceSelectors")
  @JsonPropertyDescription(
      "NamespaceSelectors is the list of namespace selectors to which this ACL applies.")
  private List<NamespaceSelector> namespaceSelectors = new ArrayList<>();

  public List<NamespaceSelector> getNamespaceSelectors() {
    return namespaceSelectors;
  }

  public void setNamespaceSelectors(List<NamespaceSelector> namespaceSelectors) {
    this.namespaceSelectors = namespaceSelectors == null ? new ArrayList<>() : namespaceSelectors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessFrom other
        && Objects.equals(namespaceSelectors, other.namespaceSelectors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespaceSelectors);
  }
}
