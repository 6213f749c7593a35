package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** Git checkout, commit and push settings of an ImageUpdateAutomation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class GitSpec {

  @JsonProperty("checkout")
  @JsonPropertyDescription("What to clone; the GitRepository ref when absent.")
  private GitCheckoutSpec checkout;

  @JsonProperty("commit")
  @JsonPropertyDescription("How to commit.")
  @Required
  private CommitSpec commit;

  @JsonProperty("push")
  @JsonPropertyDescription("Where to push; the checkout branch when absent.")
  private PushSpec push;

  public GitCheckoutSpec getCheckout() {
    return checkout;
  }

  public void setCheckout(GitCheckoutSpec checkout) {
    this.checkout = checkout;
  }

  public CommitSpec getCommit() {
    return commit;
  }

  public void setCommit(CommitSpec commit) {
    this.commit = commit;
  }

  public PushSpec getPush() {
    return push;
  }

  public void setPush(PushSpec push) {
    this.push = push;
  }
}
