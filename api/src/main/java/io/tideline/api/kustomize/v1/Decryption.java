package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** How to decrypt SOPS-encrypted Secrets (and other manifests) before applying. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Decryption {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("provider")
  @JsonPropertyDescription("Provider is the name of the decryption engine.")
  private DecryptionProvider provider;

  @JsonProperty("serviceAccountName")
  @JsonPropertyDescription(
      "ServiceAccountName is the name of the service account used to authenticate with KMS services from cloud providers.")
  private String serviceAccountName;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "The secret name containing the private OpenPGP keys used for decryption (*.asc, *.agekey, sops.* keys).")
  private LocalObjectReference secretRef;

  public DecryptionProvider getProvider() {
    return provider;
  }

  public void setProvider(DecryptionProvider provider) {
    this.provider = provider;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Decryption other
        && Objects.equals(provider, other.provider)
        && Objects.equals(serviceAccountName, other.serviceAccountName)
        && Objects.equals(secretRef, other.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, serviceAccountName, secretRef);
  }
}
