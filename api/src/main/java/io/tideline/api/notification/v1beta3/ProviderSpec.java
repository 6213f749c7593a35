package io.tideline.api.notification.v1beta3;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.LocalObjectReference;

/** Where and how notification-controller delivers events. */
@ValidationRule(
    value =
        "self.type == 'github' || self.type == 'gitlab' || self.type == 'gitea' || self.type == 'bitbucketserver' || self.type == 'bitbucket' || self.type == 'azuredevops' || !has(self.commitStatusExpr)",
    message =
        "spec.commitStatusExpr is only supported for the 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops' provider types")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ProviderSpec {

  @JsonProperty("type")
  @JsonPropertyDescription("The provider type.")
  @Required
  private ProviderType type;

  @JsonProperty("interval")
  @JsonPropertyDescription("Deprecated and ignored.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("channel")
  @JsonPropertyDescription("Channel, room, topic or equivalent of the provider.")
  @Size(max = 2048)
  private String channel;

  @JsonProperty("username")
  @JsonPropertyDescription("Sender name.")
  @Size(max = 2048)
  private String username;

  @JsonProperty("address")
  @JsonPropertyDescription(
      "Endpoint URL, repository URL or provider-specific address; the Secret key address overrides it.")
  @Size(max = 2048)
  private String address;

  @JsonProperty("timeout")
  @JsonPropertyDescription("HTTP timeout of a dispatch; 15s when absent.")
  @Pattern(CrdConventions.TIMEOUT_PATTERN)
  private String timeout;

  @JsonProperty("proxy")
  @JsonPropertyDescription("Deprecated: proxy URL; use proxySecretRef.")
  @Pattern("^(http|https)://.*$")
  @Size(max = 2048)
  private String proxy;

  @JsonProperty("proxySecretRef")
  @JsonPropertyDescription("Secret with the proxy address, username and password.")
  private LocalObjectReference proxySecretRef;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "Secret with address, token, username, password, headers and provider-specific keys.")
  private LocalObjectReference secretRef;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription(
      "Service account for workload identity (azureeventhub, azuredevops, googlepubsub).")
  private String serviceAccountName;

  @JsonProperty("certSecretRef")
  @JsonPropertyDescription("Secret with ca.crt and/or tls.crt+tls.key for TLS.")
  private LocalObjectReference certSecretRef;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Stop dispatching events.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  @JsonProperty("commitStatusExpr")
  @JsonPropertyDescription(
      "CEL expression producing the commit status context; only for commit-status types.")
  private String commitStatusExpr;

  public ProviderType getType() {
    return type;
  }

  public void setType(ProviderType type) {
    this.type = type;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public String getProxy() {
    return proxy;
  }

  public void setProxy(String proxy) {
    this.proxy = proxy;
  }

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public LocalObjectReference getCertSecretRef() {
    return certSecretRef;
  }

  public void setCertSecretRef(LocalObjectReference certSecretRef) {
    this.certSecretRef = certSecretRef;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  public String getCommitStatusExpr() {
    return commitStatusExpr;
  }

  public void setCommitStatusExpr(String commitStatusExpr) {
    this.commitStatusExpr = commitStatusExpr;
  }
}
