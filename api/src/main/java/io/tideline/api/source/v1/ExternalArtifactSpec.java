package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.NamespacedObjectKindReference;
import java.util.Objects;

/** ExternalArtifact {@code spec}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ExternalArtifactSpec {

  @JsonProperty("sourceRef")
  @JsonPropertyDescription(
      "SourceRef points to the Kubernetes custom resource for which the artifact is generated.")
  private NamespacedObjectKindReference sourceRef;

  public NamespacedObjectKindReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(NamespacedObjectKindReference sourceRef) {
    this.sourceRef = sourceRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalArtifactSpec other && Objects.equals(sourceRef, other.sourceRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceRef);
  }
}
