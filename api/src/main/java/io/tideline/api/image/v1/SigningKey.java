package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;

/** Key used to sign automation commits. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class SigningKey {

  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "Secret holding the key: git.asc (+passphrase) for gpg, identity (+password) for ssh.")
  @Required
  private LocalObjectReference secretRef;

  @JsonProperty("type")
  @JsonPropertyDescription("Kind of key; gpg when absent.")
  private SigningKeyType type;

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public SigningKeyType getType() {
    return type;
  }

  public void setType(SigningKeyType type) {
    this.type = type;
  }
}
