package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.SchemaFormat;

/** Result of one Helm test hook of a release. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class TestHookStatus {

  @JsonProperty("lastStarted")
  @JsonPropertyDescription("When the test last started (RFC 3339).")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastStarted;

  @JsonProperty("lastCompleted")
  @JsonPropertyDescription("When the test last completed (RFC 3339).")
  @SchemaFormat(SchemaFormat.DATE_TIME)
  private String lastCompleted;

  @JsonProperty("phase")
  @JsonPropertyDescription("Phase of the last run, e.g. Succeeded or Failed.")
  private String phase;

  public String getLastStarted() {
    return lastStarted;
  }

  public void setLastStarted(String lastStarted) {
    this.lastStarted = lastStarted;
  }

  public String getLastCompleted() {
    return lastCompleted;
  }

  public void setLastCompleted(String lastCompleted) {
    this.lastCompleted = lastCompleted;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }
}
