package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Signature verification tool for OCI artifacts and Helm charts. */
public enum VerificationProvider {
  /** Sigstore cosign. */
  @JsonProperty("cosign")
  COSIGN("cosign"),
  /** Notary Project notation. */
  @JsonProperty("notation")
  NOTATION("notation");

  private final String wireValue;

  VerificationProvider(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static VerificationProvider fromWireValue(String value) {
    for (VerificationProvider v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown VerificationProvider '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
