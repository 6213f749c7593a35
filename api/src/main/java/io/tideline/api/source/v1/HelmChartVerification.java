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

/** Signature verification of an OCI Helm chart. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmChartVerification {

  @Required
  @Default("cosign")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("provider")
  @JsonPropertyDescription("Provider specifies the technology used to sign the OCI Helm chart.")
  private VerificationProvider provider;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Kubernetes Secret containing the trusted public keys.")
  private LocalObjectReference secretRef;

  @JsonProperty("matchOIDCIdentity")
  @JsonPropertyDescription(
      "MatchOIDCIdentity specifies the identity matching criteria to use while verifying an OCI artifact which was signed using Cosign keyless signing.")
  private List<OIDCIdentityMatch> matchOIDCIdentity = new ArrayList<>();

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

  @Override
  public boolean equals(Object o) {
    return o instanceof HelmChartVerification other
        && Objects.equals(provider, other.provider)
        && Objects.equals(secretRef, other.secretRef)
        && Objects.equals(matchOIDCIdentity, other.matchOIDCIdentity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, secretRef, matchOIDCIdentity);
  }
}
