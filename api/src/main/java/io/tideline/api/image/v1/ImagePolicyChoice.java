package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The tag selection policy; exactly one of semver, alphabetical and numerical. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ImagePolicyChoice {

  @JsonProperty("semver")
  @JsonPropertyDescription("Semver range policy.")
  private SemVerPolicy semver;

  @JsonProperty("alphabetical")
  @JsonPropertyDescription("Alphabetical policy.")
  private AlphabeticalPolicy alphabetical;

  @JsonProperty("numerical")
  @JsonPropertyDescription("Numerical policy.")
  private NumericalPolicy numerical;

  public SemVerPolicy getSemver() {
    return semver;
  }

  public void setSemver(SemVerPolicy semver) {
    this.semver = semver;
  }

  public AlphabeticalPolicy getAlphabetical() {
    return alphabetical;
  }

  public void setAlphabetical(AlphabeticalPolicy alphabetical) {
    this.alphabetical = alphabetical;
  }

  public NumericalPolicy getNumerical() {
    return numerical;
  }

  public void setNumerical(NumericalPolicy numerical) {
    this.numerical = numerical;
  }
}
