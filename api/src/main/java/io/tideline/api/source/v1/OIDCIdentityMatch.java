package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Keyless (Sigstore) identity: regular expressions over the certificate issuer and subject. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OIDCIdentityMatch {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("issuer")
  @JsonPropertyDescription(
      "Issuer specifies the regex pattern to match against to verify the OIDC issuer in the Fulcio certificate.")
  private String issuer;

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("subject")
  @JsonPropertyDescription(
      "Subject specifies the regex pattern to match against to verify the identity subject in the Fulcio certificate.")
  private String subject;

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OIDCIdentityMatch other
        && Objects.equals(issuer, other.issuer)
        && Objects.equals(subject, other.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, subject);
  }
}
