package io.tideline.api.image.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Kind of key used to sign automation commits. */
public enum SigningKeyType {
  /** OpenPGP key from Secret key {@code git.asc} (the default). */
  @JsonProperty("gpg")
  GPG("gpg"),
  /** SSH key from Secret key {@code identity}. */
  @JsonProperty("ssh")
  SSH("ssh");

  private final String value;

  SigningKeyType(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static SigningKeyType fromValue(String value) {
    for (SigningKeyType v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown SigningKeyType '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
