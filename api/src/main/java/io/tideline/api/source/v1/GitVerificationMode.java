package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a GitRepository verifies: the HEAD commit, the tag, or both. */
public enum GitVerificationMode {
  /** Legacy alias of HEAD. */
  @JsonProperty("head")
  HEAD_LEGACY("head"),
  /** Verify the commit HEAD points to. */
  @JsonProperty("HEAD")
  HEAD("HEAD"),
  /** Verify the tag object. */
  @JsonProperty("Tag")
  TAG("Tag"),
  /** Verify the tag and the commit it points to. */
  @JsonProperty("TagAndHEAD")
  TAG_AND_HEAD("TagAndHEAD");

  private final String wireValue;

  GitVerificationMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static GitVerificationMode fromWireValue(String value) {
    for (GitVerificationMode v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown GitVerificationMode '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
