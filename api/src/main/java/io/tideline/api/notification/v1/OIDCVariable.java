package io.tideline.api.notification.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** A named CEL expression over the token claims, usable in the validations. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OIDCVariable {

  @JsonProperty("name")
  @JsonPropertyDescription("Variable name.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String name;

  @JsonProperty("expression")
  @JsonPropertyDescription("CEL expression.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String expression;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }
}
