package io.tideline.api.notification.v1beta3;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.tideline.api.meta.LocalObjectReference;
import io.tideline.api.notification.v1.CrossNamespaceObjectReference;
import java.util.List;
import java.util.Map;

/** Which events an Alert forwards to its Provider. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class AlertSpec {

  @JsonProperty("providerRef")
  @JsonPropertyDescription("The Provider, in the same namespace.")
  @Required
  private LocalObjectReference providerRef;

  @JsonProperty("eventSeverity")
  @JsonPropertyDescription("Minimum severity forwarded.")
  @Default("info")
  private EventSeverity eventSeverity;

  @JsonProperty("eventSources")
  @JsonPropertyDescription("Objects whose events are forwarded.")
  @Required
  private List<CrossNamespaceObjectReference> eventSources;

  @JsonProperty("inclusionList")
  @JsonPropertyDescription("Regular expressions; when set, a message must match one.")
  private List<String> inclusionList;

  @JsonProperty("eventMetadata")
  @JsonPropertyDescription("Metadata added to every forwarded event.")
  private Map<String, String> eventMetadata;

  @JsonProperty("exclusionList")
  @JsonPropertyDescription("Regular expressions; a matching message is dropped.")
  private List<String> exclusionList;

  @JsonProperty("summary")
  @JsonPropertyDescription("Deprecated: use eventMetadata.summary.")
  @Size(max = 255)
  private String summary;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Stop forwarding events.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  public LocalObjectReference getProviderRef() {
    return providerRef;
  }

  public void setProviderRef(LocalObjectReference providerRef) {
    this.providerRef = providerRef;
  }

  public EventSeverity getEventSeverity() {
    return eventSeverity;
  }

  public void setEventSeverity(EventSeverity eventSeverity) {
    this.eventSeverity = eventSeverity;
  }

  public List<CrossNamespaceObjectReference> getEventSources() {
    return eventSources;
  }

  public void setEventSources(List<CrossNamespaceObjectReference> eventSources) {
    this.eventSources = eventSources;
  }

  public List<String> getInclusionList() {
    return inclusionList;
  }

  public void setInclusionList(List<String> inclusionList) {
    this.inclusionList = inclusionList;
  }

  public Map<String, String> getEventMetadata() {
    return eventMetadata;
  }

  public void setEventMetadata(Map<String, String> eventMetadata) {
    this.eventMetadata = eventMetadata;
  }

  public List<String> getExclusionList() {
    return exclusionList;
  }

  public void setExclusionList(List<String> exclusionList) {
    this.exclusionList = exclusionList;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }
}
