package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.meta.SchemaListType;
import java.util.List;

/**
 * One {@code matchExpressions} entry of a {@link LabelSelector} ({@code
 * metav1.LabelSelectorRequirement}): a label key, an operator ({@code In}, {@code NotIn}, {@code
 * Exists}, {@code DoesNotExist}) and, for In/NotIn, the values.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class LabelSelectorRequirement {

  @JsonProperty("key")
  @JsonPropertyDescription("The label key the requirement applies to.")
  @Required
  private String key;

  @JsonProperty("operator")
  @JsonPropertyDescription("In, NotIn, Exists or DoesNotExist.")
  @Required
  private String operator;

  @JsonProperty("values")
  @JsonPropertyDescription("Values for In/NotIn (non-empty); empty for Exists/DoesNotExist.")
  @SchemaListType("atomic")
  private List<String> values;

  public LabelSelectorRequirement() {}

  public LabelSelectorRequirement(String key, String operator, List<String> values) {
    this.key = key;
    this.operator = operator;
    this.values = values;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public List<String> getValues() {
    return values;
  }

  public void setValues(List<String> values) {
    this.values = values;
  }
}
