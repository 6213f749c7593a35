package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.tideline.api.source.v1.GitRepositoryRef;

/** What the automation clones before updating. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GitCheckoutSpec {

  @JsonProperty("ref")
  @JsonPropertyDescription("The Git reference to check out; overrides the GitRepository ref.")
  @Required
  private GitRepositoryRef ref;

  public GitRepositoryRef getRef() {
    return ref;
  }

  public void setRef(GitRepositoryRef ref) {
    this.ref = ref;
  }
}
