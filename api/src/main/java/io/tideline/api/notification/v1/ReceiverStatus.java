package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.tideline.api.meta.ObservedStatus;

/** Observed state of a Receiver. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ReceiverStatus extends ObservedStatus {

  @JsonProperty("webhookPath")
  @JsonPropertyDescription("The path the Receiver listens on: /hook/<sha256 hex>.")
  private String webhookPath;

  public String getWebhookPath() {
    return webhookPath;
  }

  public void setWebhookPath(String webhookPath) {
    this.webhookPath = webhookPath;
  }
}
