package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Which Git reference to check out; precedence commit > name > semver > tag > branch. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GitRepositoryRef {

  @JsonProperty("branch")
  @JsonPropertyDescription(
      "Branch to check out, defaults to 'master' if no other field is defined.")
  private String branch;

  @JsonProperty("tag")
  @JsonPropertyDescription("Tag to check out, takes precedence over Branch.")
  private String tag;

  @JsonProperty("semver")
  @JsonPropertyDescription("SemVer tag expression to check out, takes precedence over Tag.")
  private String semver;

  @JsonProperty("name")
  @JsonPropertyDescription(
      "Name of the reference to check out; takes precedence over Branch, Tag and SemVer. Examples: refs/heads/main, refs/tags/v0.1.0, refs/pull/420/head.")
  private String name;

  @JsonProperty("commit")
  @JsonPropertyDescription(
      "Commit SHA to check out, takes precedence over all reference fields; can be combined with Branch.")
  private String commit;

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getSemver() {
    return semver;
  }

  public void setSemver(String semver) {
    this.semver = semver;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCommit() {
    return commit;
  }

  public void setCommit(String commit) {
    this.commit = commit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitRepositoryRef other
        && Objects.equals(branch, other.branch)
        && Objects.equals(tag, other.tag)
        && Objects.equals(semver, other.semver)
        && Objects.equals(name, other.name)
        && Objects.equals(commit, other.commit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(branch, tag, semver, name, commit);
  }
}
