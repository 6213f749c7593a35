package io.tideline.runtime.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a JSON merge patch (RFC 7386) that turns one JSON document into another: changed and
 * added fields carry their new value, removed fields are {@code null}, arrays and scalars are
 * replaced whole. Equal documents yield no patch at all.
 */
public final class MergePatch {
  private MergePatch() {}

  /** The patch from {@code before} to {@code after}, or empty when they are deep-equal. */
  public static Optional<JsonNode> diff(JsonNode before, JsonNode after) {
    JsonNode from = before == null || before.isMissingNode() ? nullNode() : before;
    JsonNode to = after == null || after.isMissingNode() ? nullNode() : after;
    if (from.equals(to)) {
      return Optional.empty();
    }
    if (!from.isObject() || !to.isObject()) {
      return Optional.of(to.deepCopy());
    }
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    for (Iterator<String> names = from.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!to.has(name)) {
        patch.putNull(name);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = to.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode old = from.get(field.getKey());
      if (old == null) {
        patch.set(field.getKey(), field.getValue().deepCopy());
      } else {
        diff(old, field.getValue()).ifPresent(change -> patch.set(field.getKey(), change));
      }
    }
    return Optional.of(patch);
  }

  private static JsonNode nullNode() {
    return JsonNodeFactory.instance.nullNode();
  }
}
