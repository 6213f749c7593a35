package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.ObservedStatus;
import java.util.List;

/** Observed state of an ImageRepository. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImageRepositoryStatus extends ObservedStatus {

  @JsonProperty("canonicalImageName")
  @JsonPropertyDescription("The image name in canonical form, e.g. docker.io/library/alpine.")
  private String canonicalImageName;

  @JsonProperty("lastScanResult")
  @JsonPropertyDescription("Result of the last scan.")
  private ScanResult lastScanResult;

  @JsonProperty("observedExclusionList")
  @JsonPropertyDescription("The exclusion list used by the last scan.")
  private List<String> observedExclusionList;

  public String getCanonicalImageName() {
    return canonicalImageName;
  }

  public void setCanonicalImageName(String canonicalImageName) {
    this.canonicalImageName = canonicalImageName;
  }

  public ScanResult getLastScanResult() {
    return lastScanResult;
  }

  public void setLastScanResult(ScanResult lastScanResult) {
    this.lastScanResult = lastScanResult;
  }

  public List<String> getObservedExclusionList() {
    return observedExclusionList;
  }

  public void setObservedExclusionList(List<String> observedExclusionList) {
    this.observedExclusionList = observedExclusionList;
  }
}
