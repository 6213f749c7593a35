package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** How the registry is authenticated. */
public enum RegistryProvider {
  /** Docker config Secret or service-account image pull secrets (the default). */
  @JsonProperty("generic")
  GENERIC("generic"),
  /** Amazon ECR through workload identity. */
  @JsonProperty("aws")
  AWS("aws"),
  /** Azure Container Registry through workload identity. */
  @JsonProperty("azure")
  AZURE("azure"),
  /** Google Artifact/Container Registry through workload identity. */
  @JsonProperty("gcp")
  GCP("gcp");

  private final String value;

  RegistryProvider(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static RegistryProvider fromValue(String value) {
    for (RegistryProvider v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown RegistryProvider '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
