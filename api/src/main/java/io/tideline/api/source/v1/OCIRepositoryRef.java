package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Which OCI artifact to pull; precedence digest > semver > tag. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OCIRepositoryRef {

  @JsonProperty("digest")
  @JsonPropertyDescription(
      "Digest is the image digest to pull, takes precedence over SemVer. The value should be in the format 'sha256:<HASH>'.")
  private String digest;

  @JsonProperty("semver")
  @JsonPropertyDescription(
      "SemVer is the range of tags to pull selecting the latest within the range, takes precedence over Tag.")
  private String semver;

  @JsonProperty("semverFilter")
  @JsonPropertyDescription(
      "SemverFilter is a regex pattern to filter the tags within the SemVer range.")
  private String semverFilter;

  @JsonProperty("tag")
  @JsonPropertyDescription("Tag is the image tag to pull, defaults to latest.")
  private String tag;

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getSemver() {
    return semver;
  }

  public void setSemver(String semver) {
    this.semver = semver;
  }

  public String getSemverFilter() {
    return semverFilter;
  }

  public void setSemverFilter(String semverFilter) {
    this.semverFilter = semverFilter;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OCIRepositoryRef other
        && Objects.equals(digest, other.digest)
        && Objects.equals(semver, other.semver)
        && Objects.equals(semverFilter, other.semverFilter)
        && Objects.equals(tag, other.tag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digest, semver, semverFilter, tag);
  }
}
