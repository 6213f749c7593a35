package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Secret decryption provider. */
public enum DecryptionProvider {
  /** Mozilla SOPS. */
  @JsonProperty("sops")
  SOPS("sops");

  private final String wireValue;

  DecryptionProvider(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static DecryptionProvider fromWireValue(String value) {
    for (DecryptionProvider v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown DecryptionProvider '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
