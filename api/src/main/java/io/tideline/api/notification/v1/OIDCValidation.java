package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** A CEL check the token claims must pass. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OIDCValidation {

  @JsonProperty("expression")
  @JsonPropertyDescription("CEL expression that must be true.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String expression;

  @JsonProperty("message")
  @JsonPropertyDescription("Message returned when the check fails.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String message;

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
