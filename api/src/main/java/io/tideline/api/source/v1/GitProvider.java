package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GitRepository {@code spec.provider}: how to authenticate to the Git server. */
public enum GitProvider {
  /** Credentials from secretRef, if any. */
  @JsonProperty("generic")
  GENERIC("generic"),
  /** AWS CodeCommit IAM authentication. */
  @JsonProperty("aws")
  AWS("aws"),
  /** Azure DevOps with Entra workload identity. */
  @JsonProperty("azure")
  AZURE("azure"),
  /** GitHub App credentials from secretRef. */
  @JsonProperty("github")
  GITHUB("github");

  private final String wireValue;

  GitProvider(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static GitProvider fromWireValue(String value) {
    for (GitProvider v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown GitProvider '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
