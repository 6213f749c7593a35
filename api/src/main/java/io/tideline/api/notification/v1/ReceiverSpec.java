package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.LocalObjectReference;
import io.tideline.api.meta.SchemaListType;
import java.util.List;

/** How a Receiver authenticates webhook calls and which objects it asks to reconcile. */
@ValidationRule(
    value =
        "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)",
    message = "generic-oidc receivers must define at least one oidcProvider")
@ValidationRule(
    value =
        "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0",
    message = "oidcProviders can only be set when type is generic-oidc")
@ValidationRule(
    value = "self.type != 'generic-oidc' || !has(self.secretRef)",
    message = "secretRef cannot be set when type is generic-oidc")
@ValidationRule(
    value = "self.type == 'generic-oidc' || has(self.secretRef)",
    message = "secretRef is required when type is not generic-oidc")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ReceiverSpec {

  @JsonProperty("type")
  @JsonPropertyDescription("Receiver type: how calls are authenticated and parsed.")
  @Required
  private ReceiverType type;

  @JsonProperty("interval")
  @JsonPropertyDescription("How often the token Secret is re-checked.")
  @Default("10m")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("events")
  @JsonPropertyDescription("Event types accepted (e.g. GitHub X-GitHub-Event); all when empty.")
  private List<String> events;

  @JsonProperty("resources")
  @JsonPropertyDescription(
      "Objects annotated with reconcile.fluxcd.io/requestedAt on an accepted call.")
  @Required
  private List<ReceiverResource> resources;

  @JsonProperty("resourceFilter")
  @JsonPropertyDescription(
      "CEL expression over res and req (and claims) selecting the resources to annotate.")
  private String resourceFilter;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "Secret with token (gcr also email and audience); forbidden for generic-oidc.")
  private LocalObjectReference secretRef;

  @JsonProperty("oidcProviders")
  @JsonPropertyDescription("Trusted OIDC issuers; only (and required) for generic-oidc.")
  @SchemaListType(value = "map", mapKeys = "issuerURL")
  private List<OIDCProvider> oidcProviders;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Reject calls while suspended.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  public ReceiverType getType() {
    return type;
  }

  public void setType(ReceiverType type) {
    this.type = type;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }

  public List<ReceiverResource> getResources() {
    return resources;
  }

  public void setResources(List<ReceiverResource> resources) {
    this.resources = resources;
  }

  public String getResourceFilter() {
    return resourceFilter;
  }

  public void setResourceFilter(String resourceFilter) {
    this.resourceFilter = resourceFilter;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public List<OIDCProvider> getOidcProviders() {
    return oidcProviders;
  }

  public void setOidcProviders(List<OIDCProvider> oidcProviders) {
    this.oidcProviders = oidcProviders;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }
}
