package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Which layer of the OCI artifact to use and how. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OCILayerSelector {

  @JsonProperty("mediaType")
  @JsonPropertyDescription(
      "MediaType specifies the OCI media type of the layer which should be extracted from the OCI Artifact. The first layer matching this type is selected.")
  private String mediaType;

  @JsonProperty("operation")
  @JsonPropertyDescription(
      "Operation specifies how the selected layer should be processed. By default, the layer compressed content is extracted to storage. When the operation is set to 'copy', the layer compressed content is persisted to storage as it is.")
  private OCILayerOperation operation;

  public String getMediaType() {
    return mediaType;
  }

  public void setMediaType(String mediaType) {
    this.mediaType = mediaType;
  }

  public OCILayerOperation getOperation() {
    return operation;
  }

  public void setOperation(OCILayerOperation operation) {
    this.operation = operation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OCILayerSelector other
        && Objects.equals(mediaType, other.mediaType)
        && Objects.equals(operation, other.operation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaType, operation);
  }
}
