package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.tideline.api.meta.AccessFrom;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.LocalObjectReference;
import java.util.List;

/** Which image repository to scan, how often and with which credentials. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImageRepositorySpec {

  @JsonProperty("image")
  @JsonPropertyDescription("Image repository without scheme or tag, e.g. ghcr.io/org/app.")
  @Required
  private String image;

  @JsonProperty("interval")
  @JsonPropertyDescription("Scan interval.")
  @Required
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("timeout")
  @JsonPropertyDescription("Scan timeout; defaults to the interval.")
  @Pattern(CrdConventions.TIMEOUT_PATTERN)
  private String timeout;

  @JsonProperty("secretRef")
  @JsonPropertyDescription("Docker config Secret with registry credentials.")
  private LocalObjectReference secretRef;

  @JsonProperty("proxySecretRef")
  @JsonPropertyDescription("Secret with the proxy address, username and password.")
  private LocalObjectReference proxySecretRef;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription(
      "Service account whose image pull secrets or workload identity are used.")
  @Size(max = 253)
  private String serviceAccountName;

  @JsonProperty("certSecretRef")
  @JsonPropertyDescription("Secret with ca.crt, tls.crt and tls.key for TLS.")
  private LocalObjectReference certSecretRef;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Suspend scanning.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  @JsonProperty("accessFrom")
  @JsonPropertyDescription("Namespaces whose ImagePolicies may use this repository.")
  private AccessFrom accessFrom;

  @JsonProperty("exclusionList")
  @JsonPropertyDescription("Regular expressions of tags dropped before storing.")
  @Default("[\"^.*\\\\.sig$\"]")
  @Size(max = 25)
  private List<String> exclusionList;

  @JsonProperty("provider")
  @JsonPropertyDescription("How the registry is authenticated.")
  @Default("generic")
  private RegistryProvider provider;

  @JsonProperty("insecure")
  @JsonPropertyDescription("Use plain HTTP.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean insecure;

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
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

  public AccessFrom getAccessFrom() {
    return accessFrom;
  }

  public void setAccessFrom(AccessFrom accessFrom) {
    this.accessFrom = accessFrom;
  }

  public List<String> getExclusionList() {
    return exclusionList;
  }

  public void setExclusionList(List<String> exclusionList) {
    this.exclusionList = exclusionList;
  }

  public RegistryProvider getProvider() {
    return provider;
  }

  public void setProvider(RegistryProvider provider) {
    this.provider = provider;
  }

  public boolean isInsecure() {
    return insecure;
  }

  public void setInsecure(boolean insecure) {
    this.insecure = insecure;
  }
}
