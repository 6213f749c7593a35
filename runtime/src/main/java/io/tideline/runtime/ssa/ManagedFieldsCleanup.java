package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the RFC 6902 patch that strips the {@link MetadataCleanup} keys from a live object and
 * hands the fields of matching managers (kubectl, …) over to the engine's own Apply manager,
 * merging their field sets, so the next apply reverts what those managers changed. Pure: no API
 * calls.
 */
public final class ManagedFieldsCleanup {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private ManagedFieldsCleanup() {}

  /** The JSON patch to send, or empty when the live object needs no cleanup. */
  public static Optional<String> patch(
      GenericKubernetesResource live, MetadataCleanup cleanup, String fieldManager) {
    if (live == null || cleanup.isEmpty() || cleanup.exclusions().matches(live)) {
      return Optional.empty();
    }
    List<Map<String, Object>> ops = new ArrayList<>();
    Map<String, String> annotations = live.getMetadata().getAnnotations();
    for (String key : cleanup.annotations()) {
      if (annotations != null && annotations.containsKey(key)) {
        ops.add(operation("remove", "/metadata/annotations/" + escape(key), null));
      }
    }
    Map<String, String> labels = live.getMetadata().getLabels();
    for (String key : cleanup.labels()) {
      if (labels != null && labels.containsKey(key)) {
        ops.add(operation("remove", "/metadata/labels/" + escape(key), null));
      }
    }
    handOver(live.getMetadata().getManagedFields(), cleanup.fieldManagers(), fieldManager)
        .ifPresent(entries -> ops.add(operation("replace", "/metadata/managedFields", entries)));
    return ops.isEmpty() ? Optional.empty() : Optional.of(JSON.asJson(ops));
  }

  @SuppressWarnings("unchecked")
  private static Optional<List<Map<String, Object>>> handOver(
      List<ManagedFieldsEntry> current, List<FieldManagerMatcher> matchers, String fieldManager) {
    if (current == null || current.isEmpty() || matchers.isEmpty()) {
      return Optional.empty();
    }
    ManagedFieldsEntry own = null;
    for (ManagedFieldsEntry entry : current) {
      if (fieldManager.equals(entry.getManager())
          && "Apply".equals(entry.getOperation())
          && (entry.getSubresource() == null || entry.getSubresource().isEmpty())) {
        own = entry;
      }
    }
    Map<String, Object> merged = own == null ? null : JSON.convertValue(own, Map.class);
    List<Map<String, Object>> kept = new ArrayList<>();
    boolean edited = false;
    for (ManagedFieldsEntry entry : current) {
      if (entry == own) {
        continue;
      }
      if (matchers.stream().noneMatch(m -> m.matches(entry))) {
        kept.add(JSON.convertValue(entry, Map.class));
        continue;
      }
      edited = true;
      Map<String, Object> asMap = JSON.convertValue(entry, Map.class);
      if (merged == null) {
        merged = new LinkedHashMap<>(asMap);
        merged.put("manager", fieldManager);
        merged.put("operation", "Apply");
      } else {
        merged.put(
            "fieldsV1",
            union(
                (Map<String, Object>) merged.getOrDefault("fieldsV1", Map.of()),
                (Map<String, Object>) asMap.getOrDefault("fieldsV1", Map.of())));
      }
    }
    if (!edited) {
      return Optional.empty();
    }
    kept.add(merged);
    return Optional.of(kept);
  }

  /** One RFC 6902 operation, keys in a stable order. */
  private static Map<String, Object> operation(String op, String path, Object value) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("op", op);
    operation.put("path", path);
    if (value != null) {
      operation.put("value", value);
    }
    return operation;
  }

  /** The union of two managed-field sets ({@code fieldsV1} trees). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> union(Map<String, Object> left, Map<String, Object> right) {
    Map<String, Object> result = new LinkedHashMap<>(left);
    right.forEach(
        (key, value) -> {
          Object existing = result.get(key);
          if (existing instanceof Map<?, ?> l && value instanceof Map<?, ?> r) {
            result.put(key, union((Map<String, Object>) l, (Map<String, Object>) r));
          } else if (existing == null) {
            result.put(key, value);
          }
        });
    return result;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
