package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Security Token Service flavour of a Bucket. */
public enum STSProvider {
  /** AWS STS. */
  @JsonProperty("aws")
  AWS("aws"),
  /** MinIO LDAP STS. */
  @JsonProperty("ldap")
  LDAP("ldap");

  private final String wireValue;

  STSProvider(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static STSProvider fromWireValue(String value) {
    for (STSProvider v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown STSProvider '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
