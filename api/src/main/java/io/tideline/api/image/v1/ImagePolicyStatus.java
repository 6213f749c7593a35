package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.ObservedStatus;

/** Observed state of an ImagePolicy. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImagePolicyStatus extends ObservedStatus {

  @JsonProperty("latestRef")
  @JsonPropertyDescription("The latest image selected by the policy.")
  private ImageRef latestRef;

  @JsonProperty("observedPreviousRef")
  @JsonPropertyDescription("The image selected before the latest one.")
  private ImageRef observedPreviousRef;

  public ImageRef getLatestRef() {
    return latestRef;
  }

  public void setLatestRef(ImageRef latestRef) {
    this.latestRef = latestRef;
  }

  public ImageRef getObservedPreviousRef() {
    return observedPreviousRef;
  }

  public void setObservedPreviousRef(ImageRef observedPreviousRef) {
    this.observedPreviousRef = observedPreviousRef;
  }
}
