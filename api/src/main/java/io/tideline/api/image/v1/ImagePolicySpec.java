package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.tideline.api.meta.CrdConventions;
import io.tideline.api.meta.NamespacedObjectReference;

/** How to select the latest image tag of an ImageRepository. */
@ValidationRule(
    value =
        "!has(self.interval) || (has(self.digestReflectionPolicy) && self.digestReflectionPolicy == 'Always')",
    message = "spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'")
@ValidationRule(
    value =
        "has(self.interval) || !has(self.digestReflectionPolicy) || self.digestReflectionPolicy != 'Always'",
    message = "spec.interval must be set when spec.digestReflectionPolicy is set to 'Always'")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImagePolicySpec {

  @JsonProperty("imageRepositoryRef")
  @JsonPropertyDescription("The ImageRepository whose tags are considered.")
  @Required
  private NamespacedObjectReference imageRepositoryRef;

  @JsonProperty("policy")
  @JsonPropertyDescription("The selection policy.")
  @Required
  private ImagePolicyChoice policy;

  @JsonProperty("filterTags")
  @JsonPropertyDescription("Tag filter applied before the policy.")
  private TagFilter filterTags;

  @JsonProperty("digestReflectionPolicy")
  @JsonPropertyDescription("Whether the digest of the selected tag is reflected.")
  @Default("Never")
  private ReflectionPolicy digestReflectionPolicy;

  @JsonProperty("interval")
  @JsonPropertyDescription(
      "Digest refresh period; allowed and required only with digestReflectionPolicy Always.")
  @Pattern(CrdConventions.DURATION_PATTERN)
  private String interval;

  @JsonProperty("suspend")
  @JsonPropertyDescription("Suspend reconciliation.")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private boolean suspend;

  public NamespacedObjectReference getImageRepositoryRef() {
    return imageRepositoryRef;
  }

  public void setImageRepositoryRef(NamespacedObjectReference imageRepositoryRef) {
    this.imageRepositoryRef = imageRepositoryRef;
  }

  public ImagePolicyChoice getPolicy() {
    return policy;
  }

  public void setPolicy(ImagePolicyChoice policy) {
    this.policy = policy;
  }

  public TagFilter getFilterTags() {
    return filterTags;
  }

  public void setFilterTags(TagFilter filterTags) {
    this.filterTags = filterTags;
  }

  public ReflectionPolicy getDigestReflectionPolicy() {
    return digestReflectionPolicy;
  }

  public void setDigestReflectionPolicy(ReflectionPolicy digestReflectionPolicy) {
    this.digestReflectionPolicy = digestReflectionPolicy;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public boolean isSuspend() {
    return suspend;
  }

  public void setSuspend(boolean suspend) {
    this.suspend = suspend;
  }
}
