package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.AccessFrom;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** HelmRepository {@code spec}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmRepositorySpec {

  @Required
  @Pattern("^(http|https|oci)://.*$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("url")
  @JsonPropertyDescription(
      "URL of the Helm repository, a valid URL contains at least a protocol and host.")
  private String url;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Secret containing authentication credentials for the HelmRepository (username, password).")
  private LocalObjectReference secretRef;

  @JsonProperty("certSecretRef")
  @JsonPropertyDescription(
      "CertSecretRef can be given the name of a Secret containing either or both of a PEM-encoded client certificate (tls.crt) and private key (tls.key), and/or a PEM-encoded CA certificate (ca.crt).")
  private LocalObjectReference certSecretRef;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("passCredentials")
  @JsonPropertyDescription(
      "PassCredentials allows the credentials from the SecretRef to be passed on to a host that does not match the host as defined in URL.")
  private boolean passCredentials;

  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$")
  @JsonProperty("interval")
  @JsonPropertyDescription(
      "Interval at which the HelmRepository URL is checked for updates (Go duration); ignored for OCI repositories. Defaults to 1m.")
  private String interval;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("insecure")
  @JsonPropertyDescription(
      "Insecure allows connecting to a non-TLS HTTP container registry (OCI repositories only).")
  private boolean insecure;

  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m))+$")
  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "Timeout is used for the index fetch operation for an HTTPS helm repository, and for remote OCI Repository operations like pulling for an OCI helm chart by the associated HelmChart. Defaults to 1m.")
  private String timeout;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("suspend")
  @JsonPropertyDescription(
      "Suspend tells the controller to suspend the reconciliation of this HelmRepository; not applicable to OCI repositories.")
  private boolean suspend;

  @JsonProperty("accessFrom")
  @JsonPropertyDescription(
      "AccessFrom specifies an Access Control List for allowing cross-namespace references to this object (not implemented).")
  private AccessFrom accessFrom;

  @JsonProperty("type")
  @JsonPropertyDescription(
      "Type of the HelmRepository. When this field is set to 'oci', the URL field value must be prefixed with 'oci://'.")
  private HelmRepositoryType type;

  @Default("generic")
  @JsonProperty("provider")
  @JsonPropertyDescription(
      "Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic' (OCI repositories only).")
  private CloudProvider provider;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public LocalObjectReference getCertSecretRef() {
    return certSecretRef;
  }

  public void setCertSecretRef(LocalObjectReference certSecretRef) {
    this.certSecretRef = certSecretRef;
  }

  public boolean isPassCredentials() {
    return passCredentials;
  }

  public void setPassCredentials(boolean passCredentials) {
    this.passCredentials = passCredentials;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public boolean isInsecure() {
    return insecure;
  }

  public void setInsecure(boolean insecure) {
    this.insecure = insecure;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
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

  public HelmRepositoryType getType() {
    return type;
  }

  public void setType(HelmRepositoryType type) {
    this.type = type;
  }

  public CloudProvider getProvider() {
    return provider;
  }

  public void setProvider(CloudProvider provider) {
    this.provider = provider;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HelmRepositorySpec other
        && Objects.equals(url, other.url)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(certSecretRef, other.certSecretRef)
        && passCredentials == other.passCredentials
        && Objects.equals(interval, other.interval)
        && insecure == other.insecure
        && Objects.equals(timeout, other.timeout)
        && suspend == other.suspend
        && Objects.equals(accessFrom, other.accessFrom)
        && Objects.equals(type, other.type)
        && Objects.equals(provider, other.provider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        secretRef,
        certSecretRef,
        passCredentials,
        interval,
        insecure,
        timeout,
        suspend,
        accessFrom,
        type,
        provider);
  }
}
