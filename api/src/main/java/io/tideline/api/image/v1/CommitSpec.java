package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/** How automation commits are made. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CommitSpec {

  @JsonProperty("author")
  @JsonPropertyDescription("Commit author.")
  @Required
  private CommitUser author;

  @JsonProperty("signingKey")
  @JsonPropertyDescription("Commit signing key.")
  private SigningKey signingKey;

  @JsonProperty("messageTemplate")
  @JsonPropertyDescription("Go text/template of the commit message.")
  private String messageTemplate;

  @JsonProperty("messageTemplateValues")
  @JsonPropertyDescription("Values exposed to the template as .Values.")
  private Map<String, String> messageTemplateValues;

  public CommitUser getAuthor() {
    return author;
  }

  public void setAuthor(CommitUser author) {
    this.author = author;
  }

  public SigningKey getSigningKey() {
    return signingKey;
  }

  public void setSigningKey(SigningKey signingKey) {
    this.signingKey = signingKey;
  }

  public String getMessageTemplate() {
    return messageTemplate;
  }

  public void setMessageTemplate(String messageTemplate) {
    this.messageTemplate = messageTemplate;
  }

  public Map<String, String> getMessageTemplateValues() {
    return messageTemplateValues;
  }

  public void setMessageTemplateValues(Map<String, String> messageTemplateValues) {
    this.messageTemplateValues = messageTemplateValues;
  }
}
