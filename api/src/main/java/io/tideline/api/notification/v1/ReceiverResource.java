package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A Receiver target: a Flux object reference plus an optional CEL filter. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ReceiverResource extends CrossNamespaceObjectReference {

  @JsonProperty("filter")
  @JsonPropertyDescription(
      "CEL expression over res and req (and claims for generic-oidc) that must be true.")
  private String filter;

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }
}
