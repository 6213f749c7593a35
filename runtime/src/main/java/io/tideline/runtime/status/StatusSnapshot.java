package io.tideline.runtime.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Optional;

/**
 * The JSON form of an object's status captured when a reconcile starts, so that the end of the
 * reconcile can tell whether anything changed and patch only the difference.
 *
 * @param json the status as it would be written to the API server ({@code null} node if none)
 */
public record StatusSnapshot(JsonNode json) {

  /** Captures a status object (a kind's status bean, a map, or {@code null}). */
  public static StatusSnapshot of(Object status) {
    return new StatusSnapshot(toJson(status));
  }

  /** The merge patch from this snapshot to the given status, empty when nothing changed. */
  public Optional<JsonNode> patchTo(Object status) {
    return MergePatch.diff(json, toJson(status));
  }

  static JsonNode toJson(Object status) {
    return Serialization.jsonMapper().valueToTree(status);
  }
}
