package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * Where to find the kubeconfig of a remote cluster: a Secret key (default key {@code value},
 * fallback {@code value.yaml}) or a ConfigMap describing a cloud provider connection; exactly one
 * of the two.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ValidationRule(
    value = "has(self.configMapRef) || has(self.secretRef)",
    message =
        "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified")
@ValidationRule(
    value = "!has(self.configMapRef) || !has(self.secretRef)",
    message =
        "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified")
public class KubeConfigReference {

  @JsonProperty("configMapRef")
  @JsonPropertyDescription(
      "ConfigMapRef holds an optional name of a ConfigMap that contains the keys provider, cluster, address, ca.crt, audiences and serviceAccountName.")
  private LocalObjectReference configMapRef;

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef holds an optional name of a secret that contains a key with the kubeconfig file as the value.")
  private SecretKeyReference secretRef;

  public LocalObjectReference getConfigMapRef() {
    return configMapRef;
  }

  public void setConfigMapRef(LocalObjectReference configMapRef) {
    this.configMapRef = configMapRef;
  }

  public SecretKeyReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeyReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KubeConfigReference other
        && Objects.equals(configMapRef, other.configMapRef)
        && Objects.equals(secretRef, other.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configMapRef, secretRef);
  }
}
