package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** An OIDC issuer trusted by a generic-oidc Receiver. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OIDCProvider {

  @JsonProperty("issuerURL")
  @JsonPropertyDescription("Issuer URL; tokens are matched to providers by issuer.")
  @Required
  @Pattern("^https?://")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String issuerURL;

  @JsonProperty("audience")
  @JsonPropertyDescription("Expected audience; notification-controller when absent.")
  private String audience;

  @JsonProperty("variables")
  @JsonPropertyDescription("Variables computed from the claims.")
  private List<OIDCVariable> variables;

  @JsonProperty("validations")
  @JsonPropertyDescription("Checks the claims must pass.")
  @Required
  @Size(min = 1)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private List<OIDCValidation> validations;

  public String getIssuerURL() {
    return issuerURL;
  }

  public void setIssuerURL(String issuerURL) {
    this.issuerURL = issuerURL;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public List<OIDCVariable> getVariables() {
    return variables;
  }

  public void setVariables(List<OIDCVariable> variables) {
    this.variables = variables;
  }

  public List<OIDCValidation> getValidations() {
    return validations;
  }

  public void setValidations(List<OIDCValidation> validations) {
    this.validations = validations;
  }
}
