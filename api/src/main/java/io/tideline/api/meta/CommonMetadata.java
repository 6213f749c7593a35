package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Labels and annotations stamped on every object a Kustomization or HelmRelease applies. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CommonMetadata {

  @JsonProperty("annotations")
  @JsonPropertyDescription("Annotations to be added to the object's metadata.")
  private Map<String, String> annotations = new LinkedHashMap<>();

  @JsonProperty("labels")
  @JsonPropertyDescription("Labels to be added to the object's metadata.")
  private Map<String, String> labels = new LinkedHashMap<>();

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations == null ? new LinkedHashMap<>() : annotations;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels == null ? new LinkedHashMap<>() : labels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommonMetadata other
        && Objects.equals(annotations, other.annotations)
        && Objects.equals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels);
  }
}
