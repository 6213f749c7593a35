package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** OCIRepository {@code spec}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OCIRepositorySpec {

  @Required
  @Pattern("^oci://.*$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("url")
  @JsonPropertyDescription(
      "URL is a reference to an OCI artifact repository hosted on a remote container registry.")
  private String url;

  @JsonProperty("ref")
  @JsonPropertyDescription(
      "The OCI reference to pull and monitor for changes, defaults to the latest tag.")
  private OCIRepositoryRef ref;

  @JsonProperty("layerSelector")
  @JsonPropertyDescription(
      "LayerSelector specifies which layer should be extracted from the OCI artifact. When not specified, the first layer found in the artifact is selected.")
  private OCILayerSelector layerSelector;

  @Default("generic")
  @JsonProperty("provider")
  @JsonPropertyDescription(
      "The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.")
  private CloudProvider provider;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef contains the secret name containing the registry login credentials (kubernetes.io/dockerconfigjson).")
  private LocalObjectReference secretRef;

  @JsonProperty("verify")
  @JsonPropertyDescription(
      "Verify contains the secret name containing the trusted public keys used to verify the signature and specifies which provider to use to check whether OCI image is authentic.")
  private OCIRepositoryVerification verify;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription(
      "ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate the image pull if the service account has attached pull secrets.")
  private String serviceAccountName;

  @JsonProperty("certSecretRef")
  @JsonPropertyDescription(
      "CertSecretRef can be given the name of a Secret containing either or both of a PEM-encoded client certificate (tls.crt) and private key (tls.key), and/or a PEM-encoded CA certificate (ca.crt).")
  private LocalObjectReference certSecretRef;

  @JsonProperty("proxySecretRef")
  @JsonPropertyDescription(
      "ProxySecretRef specifies the Secret containing the proxy configuration (keys address, username, password).")
  private LocalObjectReference proxySecretRef;

  @Required
  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("interval")
  @JsonPropertyDescription(
      "Interval at which the source is checked for updates (Go duration, e.g. 5m).")
  private String interval;

  @Pattern("^([0-9]+(\\.[0-9]+)?(ms|s|m))+$")
  @Default("60s")
  @JsonProperty("timeout")
  @JsonPropertyDescription(
      "The timeout for remote OCI Repository operations like pulling, defaults to 60s.")
  private String timeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("ignore")
  @JsonPropertyDescription(
      "Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used.")
  private String ignore;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("insecure")
  @JsonPropertyDescription("Insecure allows connecting to a non-TLS HTTP container registry.")
  private boolean insecure;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("suspend")
  @JsonPropertyDescription(
      "Suspend tells the controller to suspend the reconciliation of this source.")
  private boolean suspend;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public OCIRepositoryRef getRef() {
    return ref;
  }

  public void setRef(OCIRepositoryRef ref) {
    this.ref = ref;
  }

  public OCILayerSelector getLayerSelector() {
    return layerSelector;
  }

  public void setLayerSelector(OCILayerSelector layerSelector) {
    this.layerSelector = layerSelector;
  }

  public CloudProvider getProvider() {
    return provider;
  }

  public void setProvider(CloudProvider provider) {
    this.provider = provider;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public OCIRepositoryVerification getVerify() {
    return verify;
  }

  public void setVerify(OCIRepositoryVerification verify) {
    this.verify = verify;
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

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
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

  public String getIgnore() {
    return ignore;
  }

  public void setIgnore(String ignore) {
    this.ignore = ignore;
  }

  public boolean isInsecure() {
    return insecure;
  }

  public void setInsecure(boolean insecure) {
    this.insecure = insecure;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OCIRepositorySpec other
        && Objects.equals(url, other.url)
        && Objects.equals(ref, other.ref)
        && Objects.equals(layerSelector, other.layerSelector)
        && Objects.equals(provider, other.provider)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(verify, other.verify)
        && Objects.equals(serviceAccountName, other.serviceAccountName)
        && Objects.equals(certSecretRef, other.certSecretRef)
        && Objects.equals(proxySecretRef, other.proxySecretRef)
        && Objects.equals(interval, other.interval)
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(ignore, other.ignore)
        && insecure == other.insecure
        && suspend == other.suspend;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        ref,
        layerSelector,
        provider,
        secretRef,
        verify,
        serviceAccountName,
        certSecretRef,
        proxySecretRef,
        interval,
        timeout,
        ignore,
        insecure,
        suspend);
  }
}
