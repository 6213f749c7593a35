package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who owns a field through server-side apply: the live object's {@code Apply} managedFields entries
 * (main resource only), with a JSON pointer translated into fieldsV1 keys ({@code f:name}, and
 * {@code k:{...}} for items of keyed lists, found by matching the item's key fields).
 */
final class ApplyFieldOwners {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final Map<String, Object> live;
  private final Map<String, Map<String, Object>> fieldsByManager = new LinkedHashMap<>();

  ApplyFieldOwners(GenericKubernetesResource liveObject, Map<String, Object> live) {
    this.live = live;
    List<ManagedFieldsEntry> entries = liveObject.getMetadata().getManagedFields();
    for (ManagedFieldsEntry entry : entries == null ? List.<ManagedFieldsEntry>of() : entries) {
      if (!"Apply".equals(entry.getOperation())
          || (entry.getSubresource() != null && !entry.getSubresource().isEmpty())
          || entry.getFieldsV1() == null) {
        continue;
      }
      fieldsByManager.put(
          entry.getManager(), new LinkedHashMap<>(entry.getFieldsV1().getAdditionalProperties()));
    }
  }

  /** Whether an Apply manager other than {@code manager} owns the field at {@code pointer}. */
  boolean ownedByOtherThan(String manager, JsonPointer pointer) {
    List<String> keys = fieldsKeys(pointer);
    if (keys == null || keys.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, Map<String, Object>> entry : fieldsByManager.entrySet()) {
      if (!entry.getKey().equals(manager) && contains(entry.getValue(), keys)) {
        return true;
      }
    }
    return false;
  }

  /** The fieldsV1 keys of {@code pointer}, or null when a list item has no matching key. */
  private List<String> fieldsKeys(JsonPointer pointer) {
    List<String> keys = new ArrayList<>();
    List<String> walked = new ArrayList<>();
    for (String token : pointer.tokens()) {
      if (JsonPointer.isArrayIndex(token)) {
        String key = listItemKey(walked, Integer.parseInt(token), keys);
        if (key == null) {
          return null;
        }
        keys.add(key);
      } else {
        keys.add("f:" + token);
      }
      walked.add(token);
    }
    return keys;
  }

  private String listItemKey(List<String> listPath, int index, List<String> parentKeys) {
    Object list = new JsonPointer(listPath).get(live).orElse(null);
    if (!(list instanceof List<?> items)
        || index >= items.size()
        || !(items.get(index) instanceof Map<?, ?> item)) {
      return null;
    }
    for (Map<String, Object> fields : fieldsByManager.values()) {
      Map<String, Object> parent = walk(fields, parentKeys);
      if (parent == null) {
        continue;
      }
      for (String key : parent.keySet()) {
        if (key.startsWith("k:") && matches(item, key.substring(2))) {
          return key;
        }
      }
    }
    return null;
  }

  private static boolean matches(Map<?, ?> item, String keyJson) {
    Map<?, ?> keyFields = JSON.unmarshal(keyJson, Map.class);
    for (Map.Entry<?, ?> field : keyFields.entrySet()) {
      if (!Objects.equals(
          String.valueOf(item.get(field.getKey())), String.valueOf(field.getValue()))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> walk(Map<String, Object> fields, List<String> keys) {
    Map<String, Object> current = fields;
    for (String key : keys) {
      if (!(current.get(key) instanceof Map<?, ?> child)) {
        return null;
      }
      current = (Map<String, Object>) child;
    }
    return current;
  }

  private static boolean contains(Map<String, Object> fields, List<String> keys) {
    Map<String, Object> parent = walk(fields, keys.subList(0, keys.size() - 1));
    return parent != null && parent.containsKey(keys.get(keys.size() - 1));
  }
}
