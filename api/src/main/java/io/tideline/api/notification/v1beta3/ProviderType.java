package io.tideline.api.notification.v1beta3;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Every notification provider type Flux 2.9 accepts. */
public enum ProviderType {
  /** Slack incoming webhook or chat.postMessage API. */
  @JsonProperty("slack")
  SLACK("slack"),
  /** Discord webhook (Slack-compatible endpoint). */
  @JsonProperty("discord")
  DISCORD("discord"),
  /** Microsoft Teams workflow or legacy connector webhook. */
  @JsonProperty("msteams")
  MSTEAMS("msteams"),
  /** Rocket.Chat webhook. */
  @JsonProperty("rocket")
  ROCKET("rocket"),
  /** HTTP POST of the event JSON. */
  @JsonProperty("generic")
  GENERIC("generic"),
  /** HTTP POST of the event JSON with an HMAC signature header. */
  @JsonProperty("generic-hmac")
  GENERIC_HMAC("generic-hmac"),
  /** GitHub commit status. */
  @JsonProperty("github")
  GITHUB("github"),
  /** GitLab commit status. */
  @JsonProperty("gitlab")
  GITLAB("gitlab"),
  /** Gitea commit status. */
  @JsonProperty("gitea")
  GITEA("gitea"),
  /** Comment on a Gitea pull request. */
  @JsonProperty("giteapullrequestcomment")
  GITEA_PULL_REQUEST_COMMENT("giteapullrequestcomment"),
  /** Bitbucket Server/Data Center commit status. */
  @JsonProperty("bitbucketserver")
  BITBUCKET_SERVER("bitbucketserver"),
  /** Bitbucket Cloud commit status. */
  @JsonProperty("bitbucket")
  BITBUCKET("bitbucket"),
  /** Azure DevOps commit status. */
  @JsonProperty("azuredevops")
  AZURE_DEVOPS("azuredevops"),
  /** Google Chat webhook. */
  @JsonProperty("googlechat")
  GOOGLE_CHAT("googlechat"),
  /** Google Cloud Pub/Sub topic. */
  @JsonProperty("googlepubsub")
  GOOGLE_PUBSUB("googlepubsub"),
  /** Webex message. */
  @JsonProperty("webex")
  WEBEX("webex"),
  /** Sentry event or transaction. */
  @JsonProperty("sentry")
  SENTRY("sentry"),
  /** Azure Event Hub. */
  @JsonProperty("azureeventhub")
  AZURE_EVENT_HUB("azureeventhub"),
  /** Telegram bot message. */
  @JsonProperty("telegram")
  TELEGRAM("telegram"),
  /** Lark webhook card. */
  @JsonProperty("lark")
  LARK("lark"),
  /** Matrix room message. */
  @JsonProperty("matrix")
  MATRIX("matrix"),
  /** Opsgenie alert. */
  @JsonProperty("opsgenie")
  OPSGENIE("opsgenie"),
  /** Prometheus Alertmanager alert. */
  @JsonProperty("alertmanager")
  ALERTMANAGER("alertmanager"),
  /** Grafana annotation. */
  @JsonProperty("grafana")
  GRAFANA("grafana"),
  /** GitHub repository_dispatch event. */
  @JsonProperty("githubdispatch")
  GITHUB_DISPATCH("githubdispatch"),
  /** Comment on a GitHub pull request. */
  @JsonProperty("githubpullrequestcomment")
  GITHUB_PULL_REQUEST_COMMENT("githubpullrequestcomment"),
  /** Comment on a GitLab merge request. */
  @JsonProperty("gitlabmergerequestcomment")
  GITLAB_MERGE_REQUEST_COMMENT("gitlabmergerequestcomment"),
  /** PagerDuty Events API v2. */
  @JsonProperty("pagerduty")
  PAGERDUTY("pagerduty"),
  /** Datadog event. */
  @JsonProperty("datadog")
  DATADOG("datadog"),
  /** NATS subject. */
  @JsonProperty("nats")
  NATS("nats"),
  /** Zulip stream message. */
  @JsonProperty("zulip")
  ZULIP("zulip"),
  /** OpenTelemetry traces (OTLP/HTTP). */
  @JsonProperty("otel")
  OTEL("otel"),
  /** Zoom Team Chat incoming webhook. */
  @JsonProperty("zoom")
  ZOOM("zoom"),
  /** incident.io HTTP alert source. */
  @JsonProperty("incident.io")
  INCIDENT_IO("incident.io");

  private final String value;

  ProviderType(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static ProviderType fromValue(String value) {
    for (ProviderType v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown ProviderType '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
