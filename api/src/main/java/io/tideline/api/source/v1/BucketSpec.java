package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** Bucket {@code spec}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ValidationRule(
    value = "self.provider == 'aws' || self.provider == 'generic' || !has(self.sts)",
    message = "STS configuration is only supported for the 'aws' and 'generic' Bucket providers")
@ValidationRule(
    value = "self.provider != 'aws' || !has(self.sts) || self.sts.provider == 'aws'",
    message = "'aws' is the only supported STS provider for the 'aws' Bucket provider")
@ValidationRule(
    value = "self.provider != 'generic' || !has(self.sts) || self.sts.provider == 'ldap'",
    message = "'ldap' is the only supported STS provider for the 'generic' Bucket provider")
@ValidationRule(
    value = "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.secretRef)",
    message = "spec.sts.secretRef is not required for the 'aws' STS provider")
@ValidationRule(
    value = "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.certSecretRef)",
    message = "spec.sts.certSecretRef is not required for the 'aws' STS provider")
@ValidationRule(
    value = "self.provider != 'generic' || !has(self.serviceAccountName)",
    message = "ServiceAccountName is not supported for the 'generic' Bucket provider")
@ValidationRule(
    value = "!has(self.secretRef) || !has(self.serviceAccountName)",
    message = "cannot set both .spec.secretRef and .spec.serviceAccountName")
public class BucketSpec {

  @Default("generic")
  @JsonProperty("provider")
  @JsonPropertyDescription(
      "Provider of the object storage bucket. Defaults to 'generic', which expects an S3 (API) compatible object storage.")
  private CloudProvider provider;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("bucketName")
  @JsonPropertyDescription("BucketName is the name of the object storage bucket.")
  private String bucketName;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("endpoint")
  @JsonPropertyDescription("Endpoint is the object storage address the BucketName is located at.")
  private String endpoint;

  @JsonProperty("sts")
  @JsonPropertyDescription(
      "STS specifies the required configuration to use a Security Token Service for fetching temporary credentials to authenticate in a Bucket provider (aws and generic providers only).")
  private BucketSTSSpec sts;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("insecure")
  @JsonPropertyDescription("Insecure allows connecting to a non-TLS HTTP Endpoint.")
  private boolean insecure;

  @JsonProperty("region")
  @JsonPropertyDescription("Region of the Endpoint where the BucketName is located in.")
  private String region;

  @JsonProperty("prefix")
  @JsonPropertyDescription("Prefix to use for server-side filtering of files in the Bucket.")
  private String prefix;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Secret containing authentication credentials for the Bucket.")
  private LocalObjectReference secretRef;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription(
      "ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate with cloud provider services through workload identity (not for the generic provider).")
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
  @JsonPropertyDescription("Timeout for fetch operations, defaults to 60s.")
  private String timeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("ignore")
  @JsonPropertyDescription(
      "Ignore overrides the set of excluded patterns in the .sourceignore format (which is the same as .gitignore). If not provided, a default will be used.")
  private String ignore;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("suspend")
  @JsonPropertyDescription(
      "Suspend tells the controller to suspend the reconciliation of this source.")
  private boolean suspend;

  public CloudProvider getProvider() {
    return provider;
  }

  public void setProvider(CloudProvider provider) {
    this.provider = provider;
  }

  public String getBucketName() {
    return bucketName;
  }

  public void setBucketName(String bucketName) {
    this.bucketName = bucketName;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public BucketSTSSpec getSts() {
    return sts;
  }

  public void setSts(BucketSTSSpec sts) {
    this.sts = sts;
  }

  public boolean isInsecure() {
    return insecure;
  }

  public void setInsecure(boolean insecure) {
    this.insecure = insecure;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
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

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BucketSpec other
        && Objects.equals(provider, other.provider)
        && Objects.equals(bucketName, other.bucketName)
        && Objects.equals(endpoint, other.endpoint)
        && Objects.equals(sts, other.sts)
        && insecure == other.insecure
        && Objects.equals(region, other.region)
        && Objects.equals(prefix, other.prefix)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(serviceAccountName, other.serviceAccountName)
        && Objects.equals(certSecretRef, other.certSecretRef)
        && Objects.equals(proxySecretRef, other.proxySecretRef)
        && Objects.equals(interval, other.interval)
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(ignore, other.ignore)
        && suspend == other.suspend;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        provider,
        bucketName,
        endpoint,
        sts,
        insecure,
        region,
        prefix,
        secretRef,
        serviceAccountName,
        certSecretRef,
        proxySecretRef,
        interval,
        timeout,
        ignore,
        suspend);
  }
}
