package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strategic merge of a patch into an object with the results of kustomize's kyaml merge (list
 * "prepend" mode): maps merge field by field, {@code null} deletes, {@code $patch: delete|replace}
 * apply to maps and lists, lists of built-in kinds merge by their OpenAPI list-map keys (patch
 * elements first in patch order, then the untouched elements, with kyaml's handling of partial
 * keys), every other list is replaced by the patch's.
 */
final class StrategicMerge {
  /** An absent field (as opposed to a field holding null). */
  private static final Object MISSING = new Object();

  private static final String PATCH = "$patch";

  private final MergeKeys mergeKeys;

  private StrategicMerge(MergeKeys mergeKeys) {
    this.mergeKeys = mergeKeys;
  }

  /**
   * Merges {@code patch} (consumed) into {@code target} (mutated); returns false when the patch
   * deletes the whole object.
   */
  static boolean apply(Map<String, Object> target, Map<String, Object> patch, Gvk gvk)
      throws KustomizeException {
    Object result = new StrategicMerge(new MergeKeys(gvk)).walk(target, patch, new ArrayList<>());
    Map<String, Object> merged = Tree.asMap(result);
    if (merged == null || merged.isEmpty()) {
      return false;
    }
    if (merged != target) {
      target.clear();
      target.putAll(merged);
    }
    return true;
  }

  private static boolean isNull(Object node) {
    return node == MISSING || node == null;
  }

  private Object walk(Object dest, Object patch, List<String> path) throws KustomizeException {
    Object first = !isNull(dest) ? dest : patch;
    if (!isNull(dest) && !isNull(patch) && kindOf(dest) != kindOf(patch)) {
      throw new KustomizeException(
          "wrong node kind at '"
              + String.join(".", path)
              + "': expected "
              + kindOf(dest)
              + " but got "
              + kindOf(patch));
    }
    if (first instanceof List<?>) {
      List<String> keys = mergeKeys.forPath(path);
      return keys == null
          ? walkReplacedList(dest, patch)
          : walkAssociativeList(dest, patch, path, keys);
    }
    if (isNull(first) || first instanceof Map<?, ?>) {
      return walkMap(dest, patch, path);
    }
    return patch != MISSING ? patch : dest;
  }

  private static String kindOf(Object node) {
    return node instanceof Map<?, ?>
        ? "MappingNode"
        : node instanceof List<?> ? "SequenceNode" : "ScalarNode";
  }

  private static String directive(Map<String, Object> patch) {
    Object value = patch.remove(PATCH);
    return value == null ? "" : ScalarText.of(value);
  }

  private Object walkMap(Object dest, Object patch, List<String> path) throws KustomizeException {
    Map<String, Object> target;
    Map<String, Object> patchMap = patch == MISSING ? null : Tree.asMap(patch);
    if (isNull(dest)) {
      if (patchMap == null) {
        return null;
      }
      if (directive(patchMap).equals("delete")) {
        return null;
      }
      target = patchMap;
    } else {
      if (patch == null) {
        return null;
      }
      target = Tree.asMap(dest);
      if (patchMap != null) {
        String directive = directive(patchMap);
        if (directive.equals("delete")) {
          return null;
        }
        if (directive.equals("replace")) {
          target = patchMap;
        }
      }
    }
    Set<String> fields = new TreeSet<>(target.keySet());
    if (patchMap != null) {
      fields.addAll(patchMap.keySet());
    }
    for (String field : fields) {
      Object destValue = target.containsKey(field) ? target.get(field) : MISSING;
      Object patchValue =
          patchMap != null && patchMap.containsKey(field) ? patchMap.get(field) : MISSING;
      path.add(field);
      Object value = walk(destValue, patchValue, path);
      path.remove(path.size() - 1);
      if (value == null || value == MISSING) {
        target.remove(field);
      } else {
        target.put(field, value);
      }
    }
    return target;
  }

  private static Object walkReplacedList(Object dest, Object patch) {
    return patch != MISSING ? patch : dest;
  }

  private Object walkAssociativeList(
      Object dest, Object patch, List<String> path, List<String> keys) throws KustomizeException {
    List<Object> target;
    List<Object> patchList = patch == MISSING ? null : Tree.asList(patch);
    if (isNull(dest)) {
      if (patchList == null) {
        return null;
      }
      target = patchList;
    } else {
      if (patch == null) {
        return null;
      }
      target = Tree.asList(dest);
      if (patchList != null) {
        String directive = listDirective(patchList);
        if (directive.equals("delete")) {
          return null;
        }
        if (directive.equals("replace")) {
          target = patchList;
        }
      }
    }
    AssociativeList list = new AssociativeList(this, path);
    List<List<String>> values = list.elementValues(target, patchList, keys);
    if (!values.isEmpty() || !keys.isEmpty()) {
      return list.setElements(values, keys, target, patchList);
    }
    return list.setElements(
        list.primitiveValues(target, patchList), List.of(""), target, patchList);
  }

  /** The {@code $patch} directive of a list: an element holding only that key; removed. */
  private static String listDirective(List<Object> patch) {
    for (Object item : patch) {
      Map<String, Object> map = Tree.asMap(item);
      if (map != null && map.containsKey(PATCH)) {
        if (map.size() > 1) {
          return "";
        }
        String value = ScalarText.of(map.get(PATCH));
        patch.removeIf(
            other -> {
              Map<String, Object> m = Tree.asMap(other);
              return m != null && m.get(PATCH) != null && ScalarText.of(m.get(PATCH)).equals(value);
            });
        return value;
      }
    }
    return "";
  }

  /** Merges one element of an associative list: the walk of its dest and patch versions. */
  Object walkElement(Object dest, Object patch, List<String> path) throws KustomizeException {
    return walk(dest == null ? MISSING : dest, patch == null ? MISSING : patch, path);
  }

  static boolean isNullOrEmptyMap(Object node) {
    return node == null || node == MISSING || (node instanceof Map<?, ?> m && m.isEmpty());
  }
}
