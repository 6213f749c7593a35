package io.tideline.api.source.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What to do with the selected OCI layer. */
public enum OCILayerOperation {
  /** Untar the layer and store its content as the artifact. */
  @JsonProperty("extract")
  EXTRACT("extract"),
  /** Store the tar.gz layer untouched. */
  @JsonProperty("copy")
  COPY("copy");

  private final String wireValue;

  OCILayerOperation(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static OCILayerOperation fromWireValue(String value) {
    for (OCILayerOperation v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown OCILayerOperation '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
