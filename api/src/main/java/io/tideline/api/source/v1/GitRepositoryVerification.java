package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.LocalObjectReference;
import java.util.Objects;

/** Git commit/tag signature verification settings. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GitRepositoryVerification {

  @Default("HEAD")
  @JsonProperty("mode")
  @JsonPropertyDescription("Mode specifies which Git object(s) should be verified.")
  private GitVerificationMode mode;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("secretRef")
  @JsonPropertyDescription(
      "SecretRef specifies the Secret containing the public keys of trusted Git authors (*.asc PGP, *.sshpub SSH).")
  private LocalObjectReference secretRef;

  public GitVerificationMode getMode() {
    return mode;
  }

  public void setMode(GitVerificationMode mode) {
    this.mode = mode;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitRepositoryVerification other
        && Objects.equals(mode, other.mode)
        && Objects.equals(secretRef, other.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, secretRef);
  }
}
