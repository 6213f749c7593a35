package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Every webhook receiver type Flux 2.9 accepts. */
public enum ReceiverType {
  /** No authentication beyond the secret path. */
  @JsonProperty("generic")
  GENERIC("generic"),
  /** HMAC signature in {@code X-Signature}. */
  @JsonProperty("generic-hmac")
  GENERIC_HMAC("generic-hmac"),
  /** OIDC ID token in {@code Authorization}, checked with CEL validations. */
  @JsonProperty("generic-oidc")
  GENERIC_OIDC("generic-oidc"),
  /** GitHub webhook (HMAC {@code X-Hub-Signature-256}). */
  @JsonProperty("github")
  GITHUB("github"),
  /** GitLab webhook ({@code X-Gitlab-Token}). */
  @JsonProperty("gitlab")
  GITLAB("gitlab"),
  /** Bitbucket webhook (HMAC {@code X-Hub-Signature}). */
  @JsonProperty("bitbucket")
  BITBUCKET("bitbucket"),
  /** Harbor webhook ({@code Authorization} equals the token). */
  @JsonProperty("harbor")
  HARBOR("harbor"),
  /** Docker Hub webhook payload. */
  @JsonProperty("dockerhub")
  DOCKERHUB("dockerhub"),
  /** Quay webhook payload. */
  @JsonProperty("quay")
  QUAY("quay"),
  /** Google Container Registry Pub/Sub push with a Google-signed token. */
  @JsonProperty("gcr")
  GCR("gcr"),
  /** Nexus webhook (HMAC {@code X-Nexus-Webhook-Signature}). */
  @JsonProperty("nexus")
  NEXUS("nexus"),
  /** Azure Container Registry webhook payload. */
  @JsonProperty("acr")
  ACR("acr"),
  /** CDEvents CloudEvent. */
  @JsonProperty("cdevents")
  CDEVENTS("cdevents");

  private final String value;

  ReceiverType(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ReceiverType fromValue(String value) {
    for (ReceiverType v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ReceiverType '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
