package io.tideline.api.helm.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** Whether Helm hooks go through the post-renderers. */
public enum PostRenderStrategy {
  /** Hooks are not post-rendered (Helm 3 behaviour). */
  @JsonProperty("nohooks")
  NO_HOOKS("nohooks"),
  /** Hooks and manifests are post-rendered together (the default). */
  @JsonProperty("combined")
  COMBINED("combined"),
  /** Hooks and manifests are post-rendered in separate passes. */
  @JsonProperty("separate")
  SEPARATE("separate");

  private final String value;

  PostRenderStrategy(String value) {
    this.value = value;
  }

  /** The value as written on the wire. */
  public String value() {
    return value;
  }

  /** Finds the constant for a wire value, or throws naming the accepted values. */
  public static PostRenderStrategy fromValue(String value) {
    for (PostRenderStrategy v : values()) {
      if (v.value.equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown PostRenderStrategy '" + value + "', expected one of " + Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return value;
  }
}
