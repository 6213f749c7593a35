package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.SchemaFormat;
import java.util.List;

/** Summary of the last tag scan of an ImageRepository. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ScanResult {

  @JsonProperty("revision")
  @JsonPropertyDescription("Stable hash of the sorted tag list.")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String revision;

  @JsonProperty("tagCount")
  @JsonPropertyDescription("Number of tags after exclusions.")
  @Required
  private int tagCount;

  @JsonProperty("scanTime")
  @JsonPropertyDescription("When the scan happened (RFC 3339).")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String scanTime;

  @JsonProperty("latestTags")
  @JsonPropertyDescription("Up to 10 tags in descending lexical order.")
  private List<String> latestTags;

  public String getRevision() {
    return revision;
  }

  public void setRevision(String revision) {
    this.revision = revision;
  }

  public int getTagCount() {
    return tagCount;
  }

  public void setTagCount(int tagCount) {
    this.tagCount = tagCount;
  }

  public String getScanTime() {
    return scanTime;
  }

  public void setScanTime(String scanTime) {
    this.scanTime = scanTime;
  }

  public List<String> getLatestTags() {
    return latestTags;
  }

  public void setLatestTags(List<String> latestTags) {
    this.latestTags = latestTags;
  }
}
