package io.tideline.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * A kustomize image override ({@code kustomize.Image}); {@code digest} wins over {@code newTag}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Image {

  @Required
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonProperty("name")
  @JsonPropertyDescription("Name is a tag-less image name.")
  private String name;

  @JsonProperty("newName")
  @JsonPropertyDescription("NewName is the value used to replace the original name.")
  private String newName;

  @JsonProperty("newTag")
  @JsonPropertyDescription("NewTag is the value used to replace the original tag.")
  private String newTag;

  @JsonProperty("digest")
  @JsonPropertyDescription(
      "Digest is the value used to replace the original image tag. If digest is present NewTag value is ignored.")
  private String digest;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewTag() {
    return newTag;
  }

  public void setNewTag(String newTag) {
    this.newTag = newTag;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image other
        && Objects.equals(name, other.name)
        && Objects.equals(newName, other.newName)
        && Objects.equals(newTag, other.newTag)
        && Objects.equals(digest, other.digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, newName, newTag, digest);
  }
}
