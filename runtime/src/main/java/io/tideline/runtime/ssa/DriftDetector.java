package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares a live object with the result of a server-side dry-run apply of the desired object, the
 * way Flux does: labels and annotations must match, and everything outside {@code metadata} and
 * {@code status} must match. Server-owned metadata (managedFields, resourceVersion, generation,
 * uid, creationTimestamp) therefore never counts as drift. Reports the JSON pointers that differ.
 */
public final class DriftDetector {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private DriftDetector() {}

  /** True when the dry-run result differs from the live object (or there is no live object). */
  public static boolean drifted(GenericKubernetesResource live, GenericKubernetesResource dryRun) {
    return live == null || !driftedFields(live, dryRun).isEmpty();
  }

  /**
   * The JSON pointers (RFC 6901) of the fields whose value differs between the live object and the
   * dry-run result, sorted; empty when nothing drifted.
   */
  public static List<String> driftedFields(
      GenericKubernetesResource live, GenericKubernetesResource dryRun) {
    Map<String, Object> liveMap = comparable(live);
    Map<String, Object> dryRunMap = comparable(dryRun);
    TreeSet<String> paths = new TreeSet<>();
    diff("", liveMap, dryRunMap, paths);
    return new ArrayList<>(paths);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparable(GenericKubernetesResource object) {
    Map<String, Object> map = JSON.convertValue(object, Map.class);
    Object metadata = map.remove("metadata");
    map.remove("status");
    if (metadata instanceof Map<?, ?> meta) {
      Object labels = meta.get("labels");
      Object annotations = meta.get("annotations");
      map.put(
          "metadata",
          new java.util.LinkedHashMap<>(
              Map.of(
                  "labels", labels == null ? Map.of() : labels,
                  "annotations", annotations == null ? Map.of() : annotations)));
    }
    return map;
  }

  private static void diff(String path, Object left, Object right, TreeSet<String> out) {
    if (Objects.equals(left, right)) {
      return;
    }
    if (left instanceof Map<?, ?> l && right instanceof Map<?, ?> r) {
      TreeSet<String> keys = new TreeSet<>();
      l.keySet().forEach(k -> keys.add(String.valueOf(k)));
      r.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        diff(path + "/" + escape(key), l.get(key), r.get(key), out);
      }
      return;
    }
    if (left instanceof List<?> l && right instanceof List<?> r && l.size() == r.size()) {
      for (int i = 0; i < l.size(); i++) {
        diff(path + "/" + i, l.get(i), r.get(i), out);
      }
      return;
    }
    if (isEmpty(left) && isEmpty(right)) {
      return;
    }
    out.add(path.isEmpty() ? "/" : path);
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof Map<?, ?> m && m.isEmpty())
        || (value instanceof List<?> l && l.isEmpty());
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
