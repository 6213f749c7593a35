package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;

/** Signature verification of an OCI chart pulled through a HelmRepository. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class HelmChartTemplateVerification {

  @JsonProperty("provider")
  @JsonPropertyDescription("The verification tool.")
  @Required
  @Default("cosign")
  private VerificationProvider provider;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "Secret holding the trusted public keys; keyless verification when absent.")
  private LocalObjectReference secretRef;

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
}
