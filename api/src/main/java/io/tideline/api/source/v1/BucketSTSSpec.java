package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** Security Token Service used to obtain temporary Bucket credentials. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class BucketSTSSpec {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("provider")
  @JsonPropertyDescription("Provider of the Security Token Service.")
  private STSProvider provider;

  @Required
  @Pattern("^(http|https)://.*$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("endpoint")
  @JsonPropertyDescription(
      "Endpoint is the HTTP/S endpoint of the Security Token Service from where temporary credentials will be fetched.")
  private String endpoint;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Secret containing authentication credentials for the STS endpoint (ldap: username, password).")
  private LocalObjectReference secretRef;

  @JsonProperty("certSecretRef")
  @JsonPropertyDescription(
      "CertSecretRef can be given the name of a Secret containing either or both of a PEM-encoded client certificate (tls.crt) and private key (tls.key), and/or a PEM-encoded CA certificate (ca.crt) for the STS endpoint (ldap only).")
  private LocalObjectReference certSecretRef;

  public STSProvider getProvider() {
    return provider;
  }

  public void setProvider(STSProvider provider) {
    this.provider = provider;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof BucketSTSSpec other
        && Objects.equals(provider, other.provider)
        && Objects.equals(endpoint, other.endpoint)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(certSecretRef, other.certSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, endpoint, secretRef, certSecretRef);
  }
}
