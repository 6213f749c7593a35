package io.tideline.api.kustomize.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to applied objects when the Kustomization is deleted. */
public enum DeletionPolicy {
  /** Delete them when spec.prune is true (the default). */
  @JsonProperty("MirrorPrune")
  MIRROR_PRUNE("MirrorPrune"),
  /** Always delete them. */
  @JsonProperty("Delete")
  DELETE("Delete"),
  /** Delete them and wait (up to timeout) until they are gone. */
  @JsonProperty("WaitForTermination")
  WAIT_FOR_TERMINATION("WaitForTermination"),
  /** Leave them in the cluster. */
  @JsonProperty("Orphan")
  ORPHAN("Orphan");

  private final String wireValue;

  DeletionPolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in manifests. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses a manifest value; fails with the accepted values listed. */
  public static DeletionPolicy fromWireValue(String value) {
    for (DeletionPolicy v : values()) {
      if (v.wireValue.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown DeletionPolicy '"
            + value
            + "', expected one of "
            + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
