package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** An image reference resolved by a policy: repository name, tag and optional digest. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImageRef {

  @JsonProperty("name")
  @JsonPropertyDescription("Image repository name.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String name;

  @JsonProperty("tag")
  @JsonPropertyDescription("The selected tag.")
  @Required
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private String tag;

  @JsonProperty("digest")
  @JsonPropertyDescription("Digest of the tag, when reflected.")
  private String digest;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }
}
