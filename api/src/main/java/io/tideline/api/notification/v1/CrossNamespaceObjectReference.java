package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Map;

/**
 * A Flux object an Alert listens to or a Receiver annotates; name {@code *} with matchLabels
 * selects by label.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CrossNamespaceObjectReference {

  @JsonProperty("apiVersion")
  @JsonPropertyDescription("API version of the referent.")
  private String apiVersion;

  @JsonProperty("kind")
  @JsonPropertyDescription("Kind of the referent.")
  @Required
  private FluxKind kind;

  @JsonProperty("name")
  @JsonPropertyDescription("Name of the referent; * matches every object (with matchLabels).")
  @Required
  @Size(min = 1, max = 253)
  private String name;

  @JsonProperty("namespace")
  @JsonPropertyDescription(
      "Namespace of the referent; the referring object's namespace when empty.")
  @Size(min = 1, max = 253)
  private String namespace;

  @JsonProperty("matchLabels")
  @JsonPropertyDescription("Labels the objects must carry; only with name *.")
  private Map<String, String> matchLabels;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public FluxKind getKind() {
    return kind;
  }

  public void setKind(FluxKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public void setMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
  }
}
