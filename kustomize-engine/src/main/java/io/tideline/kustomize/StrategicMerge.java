package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strategic merge of a patch into an object, with kustomize's results: maps merge recursively,
 * {@code null} deletes a field, lists of built-in kinds merge by their Kubernetes merge keys
 * (merged and new elements in the patch's order, then the untouched elements), other lists are
 * replaced, and the {@code $patch}, {@code $retainKeys} and {@code $deleteFromPrimitiveList}
 * directives apply.
 */
final class StrategicMerge {
  private static final String PATCH = "$patch";
  private static final String RETAIN_KEYS = "$retainKeys";
  private static final String SET_ORDER = "$setElementOrder/";
  private static final String DELETE_FROM_LIST = "$deleteFromPrimitiveList/";
  private static final Map<String, String> MERGE_KEYS =
      Map.ofEntries(
          Map.entry("containers", "name"),
          Map.entry("initContainers", "name"),
          Map.entry("ephemeralContainers", "name"),
          Map.entry("env", "name"),
          Map.entry("volumes", "name"),
          Map.entry("volumeMounts", "mountPath"),
          Map.entry("volumeDevices", "devicePath"),
          Map.entry("imagePullSecrets", "name"),
          Map.entry("hostAliases", "ip"),
          Map.entry("topologySpreadConstraints", "topologyKey"),
          Map.entry("ownerReferences", "uid"),
          Map.entry("conditions", "type"),
          Map.entry("webhooks", "name"),
          Map.entry("resourceClaims", "name"),
          Map.entry("schedulingGates", "name"),
          Map.entry("ports", "*ports"));
  private static final Set<String> MERGED_SCALAR_LISTS = Set.of("finalizers");

  /** Whether a kind's lists merge by key: true for built-in Kubernetes API groups. */
  private final boolean knownSchema;

  private StrategicMerge(boolean knownSchema) {
    this.knownSchema = knownSchema;
  }

  /**
   * Merges {@code patch} into {@code target} (mutated); returns false when the patch deletes the
   * whole object.
   */
  static boolean apply(Map<String, Object> target, Map<String, Object> patch, Gvk gvk)
      throws KustomizeException {
    if ("delete".equals(patch.get(PATCH))) {
      return false;
    }
    new StrategicMerge(isBuiltIn(gvk)).mergeMap(target, patch);
    return true;
  }

  static boolean isBuiltIn(Gvk gvk) {
    String group = gvk.group();
    return group.isEmpty()
        || group.equals("apps")
        || group.equals("batch")
        || group.equals("autoscaling")
        || group.equals("policy")
        || group.endsWith(".k8s.io") && !group.contains(".x-k8s.io");
  }

  private void mergeMap(Map<String, Object> target, Map<String, Object> patch)
      throws KustomizeException {
    if ("replace".equals(patch.get(PATCH))) {
      target.clear();
      target.putAll(clean(patch));
      return;
    }
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (key.equals(PATCH) || key.equals(RETAIN_KEYS) || key.startsWith(SET_ORDER)) {
        continue;
      }
      if (key.startsWith(DELETE_FROM_LIST)) {
        String field = key.substring(DELETE_FROM_LIST.length());
        List<Object> existing = Tree.asList(target.get(field));
        if (existing != null) {
          existing.removeAll(Tree.elements(value));
        }
        continue;
      }
      if (value == null) {
        target.remove(key);
        continue;
      }
      Object current = target.get(key);
      Map<String, Object> patchMap = Tree.asMap(value);
      List<Object> patchList = Tree.asList(value);
      if (patchMap != null) {
        if ("delete".equals(patchMap.get(PATCH))) {
          target.remove(key);
        } else if (Tree.asMap(current) != null) {
          mergeMap(Tree.asMap(current), patchMap);
        } else {
          target.put(key, clean(patchMap));
        }
      } else if (patchList != null && Tree.asList(current) != null) {
        target.put(key, mergeList(key, Tree.asList(current), patchList));
      } else {
        target.put(key, clean(value));
      }
    }
    Object retain = patch.get(RETAIN_KEYS);
    if (retain instanceof List<?> keys) {
      Set<String> kept = new HashSet<>(Tree.stringList(keys));
      target.keySet().removeIf(k -> !kept.contains(k));
    }
  }

  private List<Object> mergeList(String field, List<Object> current, List<Object> patch)
      throws KustomizeException {
    for (Object item : patch) {
      Map<String, Object> map = Tree.asMap(item);
      if (map != null && map.size() == 1 && "replace".equals(map.get(PATCH))) {
        List<Object> replaced = new ArrayList<>();
        for (Object other : patch) {
          if (other != item) {
            replaced.add(clean(other));
          }
        }
        return replaced;
      }
    }
    if (!knownSchema) {
      return Tree.asList(clean(patch));
    }
    if (MERGED_SCALAR_LISTS.contains(field)) {
      List<Object> merged = new ArrayList<>();
      for (Object item : patch) {
        if (!merged.contains(item)) {
          merged.add(clean(item));
        }
      }
      for (Object item : current) {
        if (!merged.contains(item)) {
          merged.add(item);
        }
      }
      return merged;
    }
    String mergeKey = MERGE_KEYS.get(field);
    if (mergeKey == null) {
      return Tree.asList(clean(patch));
    }
    if (mergeKey.equals("*ports")) {
      mergeKey =
          hasKey(current, "containerPort") || hasKey(patch, "containerPort")
              ? "containerPort"
              : "port";
    }
    return mergeByKey(current, patch, mergeKey);
  }

  private static boolean hasKey(List<Object> list, String key) {
    for (Object item : list) {
      Map<String, Object> map = Tree.asMap(item);
      if (map != null && map.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private List<Object> mergeByKey(List<Object> current, List<Object> patch, String mergeKey)
      throws KustomizeException {
    Map<String, Map<String, Object>> currentByKey = new LinkedHashMap<>();
    for (Object item : current) {
      Map<String, Object> map = Tree.asMap(item);
      if (map != null && map.get(mergeKey) != null) {
        currentByKey.putIfAbsent(identity(map, mergeKey), map);
      }
    }
    List<Object> result = new ArrayList<>();
    Set<Object> touched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<String> deleted = new HashSet<>();
    for (Object item : patch) {
      Map<String, Object> patchItem = Tree.asMap(item);
      if (patchItem == null || patchItem.get(mergeKey) == null) {
        result.add(clean(item));
        continue;
      }
      String id = identity(patchItem, mergeKey);
      Map<String, Object> existing = currentByKey.get(id);
      if ("delete".equals(patchItem.get(PATCH))) {
        deleted.add(id);
        if (existing != null) {
          touched.add(existing);
        }
        continue;
      }
      if (existing != null) {
        if (touched.add(existing)) {
          mergeMap(existing, patchItem);
          result.add(existing);
        } else {
          mergeMap(existing, patchItem);
        }
      } else {
        result.add(clean(patchItem));
      }
    }
    for (Object item : current) {
      if (!touched.contains(item)) {
        Map<String, Object> map = Tree.asMap(item);
        if (map != null && map.get(mergeKey) != null && deleted.contains(identity(map, mergeKey))) {
          continue;
        }
        result.add(item);
      }
    }
    return result;
  }

  private static String identity(Map<String, Object> item, String mergeKey) {
    String value = ScalarText.of(item.get(mergeKey));
    if (mergeKey.equals("containerPort") || mergeKey.equals("port")) {
      Object protocol = item.get("protocol");
      return value + "/" + (protocol == null ? "TCP" : ScalarText.of(protocol));
    }
    return value;
  }

  /** A copy of a patch value with all directives removed. */
  static Object clean(Object value) {
    Map<String, Object> map = Tree.asMap(value);
    if (map != null) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : map.entrySet()) {
        String key = e.getKey();
        if (key.equals(PATCH)
            || key.equals(RETAIN_KEYS)
            || key.startsWith(SET_ORDER)
            || key.startsWith(DELETE_FROM_LIST)) {
          continue;
        }
        if (e.getValue() == null) {
          continue;
        }
        copy.put(key, clean(e.getValue()));
      }
      return copy;
    }
    List<Object> list = Tree.asList(value);
    if (list != null) {
      List<Object> copy = new ArrayList<>();
      for (Object item : list) {
        Map<String, Object> itemMap = Tree.asMap(item);
        if (itemMap != null && "delete".equals(itemMap.get(PATCH))) {
          continue;
        }
        copy.add(clean(item));
      }
      return copy;
    }
    return value;
  }

  private static Map<String, Object> clean(Map<String, Object> map) {
    return Tree.asMap(clean((Object) map));
  }
}
