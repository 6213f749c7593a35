package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Signature verification of an OCI artifact. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OCIRepositoryVerification {

  @Required
  @Default("cosign")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("provider")
  @JsonPropertyDescription("Provider specifies the technology used to sign the OCI Artifact.")
  private VerificationProvider provider;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Kubernetes Secret containing the trusted public keys.")
  private LocalObjectReference secretRef;

  @JsonProperty("matchOIDCIdentity")
  @JsonPropertyDescription(
      "MatchOIDCIdentity specifies the identity matching criteria to use while verifying an OCI artifact which was signed using Cosign keyless signing.")
  private List<OIDCIdentityMatch> matchOIDCIdentity = new ArrayList<>();

  @JsonProperty("trustedRootSecretRef")
  @JsonPropertyDescription(
      "TrustedRootSecretRef specifies the Kubernetes Secret containing a Sigstore trusted_root.json for self-hosted Sigstore infrastructure.")
  private LocalObjectReference trustedRootSecretRef;

  public VerificationProvider getProvider() {
    return provider;
  }

  public void setProvider(VerificationProvider provider) {
    this.provider = provider;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public List<OIDCIdentityMatch> getMatchOIDCIdentity() {
    return matchOIDCIdentity;
  }

  public void setMatchOIDCIdentity(List<OIDCIdentityMatch> matchOIDCIdentity) {
    this.matchOIDCIdentity = matchOIDCIdentity == null ? new ArrayList<>() : matchOIDCIdentity;
  }

  public LocalObjectReference getTrustedRootSecretRef() {
    return trustedRootSecretRef;
  }

  public void setTrustedRootSecretRef(LocalObjectReference trustedRootSecretRef) {
    this.trustedRootSecretRef = trustedRootSecretRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OCIRepositoryVerification other
        && Objects.equals(provider, other.provider)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(matchOIDCIdentity, other.matchOIDCIdentity)
        && Objects.equals(trustedRootSecretRef, other.trustedRootSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, secretRef, matchOIDCIdentity, trustedRootSecretRef);
  }
}
