package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Signature verification tools for OCI charts. */
public enum VerificationProvider {
  /** Sigstore cosign. */
  @JsonProperty("cosign")
  COSIGN("cosign"),
  /** Notary Project notation. */
  @JsonProperty("notation")
  NOTATION("notation");

  private final String value;

  VerificationProvider(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static VerificationProvider fromValue(String value) {
    for (VerificationProvider v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown VerificationProvider '"
            + value
            + "', expected one of "
            + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
