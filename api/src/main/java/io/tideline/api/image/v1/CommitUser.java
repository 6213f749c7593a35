package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** Author of automation commits. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CommitUser {

  @JsonProperty("name")
  @JsonPropertyDescription("Author name.")
  private String name;

  @JsonProperty("email")
  @JsonPropertyDescription("Author email.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String email;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
