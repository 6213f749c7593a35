package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kyaml's merge of a keyed list in prepend mode: the distinct key tuples of the patch's and then
 * the destination's elements (tuples sharing a key value and not conflicting are unified), each
 * merged element set by its keys, then the destination's remaining elements set after them.
 */
final class AssociativeList {
  private final StrategicMerge merge;
  private final List<String> path;

  AssociativeList(StrategicMerge merge, List<String> path) {
    this.merge = merge;
    this.path = path;
  }

  List<List<String>> elementValues(List<Object> dest, List<Object> patch, List<String> keys) {
    List<List<String>> result = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (List<Object> source : sourcesPatchFirst(dest, patch)) {
      for (Object element : source) {
        List<String> tuple = new ArrayList<>();
        Map<String, Object> map = Tree.asMap(element);
        for (String key : keys) {
          tuple.add(map == null ? "" : valueText(map.get(key)));
        }
        if (tuple.isEmpty() || !seen.add(tuple)) {
          continue;
        }
        result.add(tuple);
      }
    }
    return result;
  }

  List<List<String>> primitiveValues(List<Object> dest, List<Object> patch) {
    List<List<String>> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<Object> source : sourcesPatchFirst(dest, patch)) {
      for (Object element : source) {
        String value = valueText(element);
        if (seen.add(value)) {
          result.add(List.of(value));
        }
      }
    }
    return result;
  }

  private static List<List<Object>> sourcesPatchFirst(List<Object> dest, List<Object> patch) {
    List<List<Object>> sources = new ArrayList<>();
    if (patch != null) {
      sources.add(patch);
    }
    if (dest != null) {
      sources.add(dest);
    }
    return sources;
  }

  /** A scalar's text; maps, lists and nulls have none. */
  private static String valueText(Object value) {
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      return "";
    }
    return ScalarText.of(value);
  }

  Object setElements(
      List<List<String>> valuesList, List<String> keys, List<Object> dest, List<Object> patch)
      throws KustomizeException {
    List<Object> items = new ArrayList<>();
    if (keys.size() > 1) {
      mergeValues(valuesList);
    }
    List<String> validKeys = keys;
    for (List<String> values : valuesList) {
      if (values.isEmpty()) {
        continue;
      }
      List<List<String>> valid = validateKeys(valuesList, values, keys);
      validKeys = valid.get(0);
      List<String> validValues = valid.get(1);
      List<List<String>> own = validateKeys(List.of(values), values, keys);
      Object destElement = elementList(dest, own.get(0), own.get(1));
      Object patchElement = patch == null ? null : elementList(patch, own.get(0), own.get(1));
      Object value = merge.walkElement(destElement, patchElement, path);
      boolean deleted = false;
      for (int i = 0; i < validKeys.size(); i++) {
        if (StrategicMerge.isNullOrEmptyMap(value)) {
          elementSetter(dest, null, validKeys, validValues);
          deleted = true;
        } else if (value instanceof Map<?, ?>
            && !Tree.asMap(value).containsKey(validKeys.get(i))
            && i < validValues.size()
            && !validValues.get(i).isEmpty()) {
          Tree.asMap(value).put(validKeys.get(i), validValues.get(i));
        }
      }
      if (deleted) {
        continue;
      }
      elementSetter(items, value, validKeys, validValues);
    }
    if (!valuesList.isEmpty()) {
      appendListNode(items, dest, validKeys);
      return items;
    }
    return dest;
  }

  /** Unifies key tuples that share a value and do not conflict (kyaml's mergeValues). */
  private static void mergeValues(List<List<String>> valuesList) {
    for (int i = 0; i < valuesList.size(); i++) {
      List<String> first = valuesList.get(i);
      for (int j = 0; j < valuesList.size(); j++) {
        List<String> unified = unify(first, valuesList.get(j));
        if (unified != null) {
          valuesList.set(i, unified);
          valuesList.set(j, unified);
        }
      }
    }
  }

  private static List<String> unify(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return null;
    }
    boolean common = false;
    List<String> result = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals(b.get(i))) {
        common = true;
        result.add(a.get(i));
      } else if (!a.get(i).isEmpty() && !b.get(i).isEmpty()) {
        return null;
      } else {
        result.add(a.get(i).isEmpty() ? b.get(i) : a.get(i));
      }
    }
    return common ? result : null;
  }

  /** Drops keys no tuple has a value for; returns [keys, values]. */
  private static List<List<String>> validateKeys(
      List<List<String>> valuesList, List<String> values, List<String> keys) {
    Set<String> validKeySet = new LinkedHashSet<>();
    for (List<String> tuple : valuesList) {
      for (int i = 0; i < tuple.size() && i < keys.size(); i++) {
        if (!tuple.get(i).isEmpty()) {
          validKeySet.add(keys.get(i));
        }
      }
    }
    if (validKeySet.isEmpty()) {
      return List.of(keys, values);
    }
    List<String> validKeys = new ArrayList<>();
    for (String key : keys) {
      if (validKeySet.contains(key)) {
        validKeys.add(key);
      }
    }
    List<String> validValues = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isEmpty() || validKeySet.contains(keys.get(i))) {
        validValues.add(values.get(i));
      }
    }
    return List.of(validKeys, validValues);
  }

  /** The first element whose key fields have the given values ("" matches any present value). */
  private static Object elementList(List<Object> list, List<String> keys, List<String> values) {
    if (list == null) {
      return null;
    }
    if (keys.isEmpty() || keys.get(0).isEmpty()) {
      String wanted = values.isEmpty() ? "" : values.get(0);
      for (Object element : list) {
        if (!(element instanceof Map<?, ?>) && valueText(element).equals(wanted)) {
          return element;
        }
      }
      return null;
    }
    for (Object element : list) {
      Map<String, Object> map = Tree.asMap(element);
      if (map == null || keys.size() != values.size()) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < keys.size() && matches; i++) {
        matches = fieldMatches(map, keys.get(i), values.get(i));
      }
      if (matches) {
        return element;
      }
    }
    return null;
  }

  private static boolean fieldMatches(Map<String, Object> map, String key, String value) {
    if (!map.containsKey(key)) {
      return false;
    }
    return value.isEmpty() || valueText(map.get(key)).equals(value);
  }

  /**
   * Kyaml's ElementSetter: removes null and empty-map elements, replaces every element matching the
   * keys with {@code element} (or drops it when {@code element} is null), appends {@code element}
   * when nothing matched.
   */
  private static void elementSetter(
      List<Object> list, Object element, List<String> keysIn, List<String> values) {
    List<String> keys = keysIn.isEmpty() ? List.of("") : keysIn;
    boolean mappingSetter = !keys.get(0).isEmpty() && !values.isEmpty() && !values.get(0).isEmpty();
    List<Object> content = new ArrayList<>();
    boolean found = false;
    for (Object item : list) {
      if (StrategicMerge.isNullOrEmptyMap(item)) {
        continue;
      }
      if (!(item instanceof Map<?, ?>) && mappingSetter) {
        content.add(item);
        continue;
      }
      boolean matched = false;
      boolean anyChecked = false;
      for (int j = 0; j < keys.size(); j++) {
        if (j < values.size()) {
          anyChecked = true;
          matched = matchesField(item, keys.get(j), values.get(j));
        }
        if (!matched) {
          break;
        }
      }
      if (!anyChecked || !matched) {
        if (!values.isEmpty()) {
          content.add(item);
        }
        continue;
      }
      found = true;
      if (element != null) {
        content.add(element);
      }
    }
    list.clear();
    list.addAll(content);
    if (element != null && !found) {
      list.add(element);
    }
  }

  private static boolean matchesField(Object item, String key, String value) {
    if (key.isEmpty()) {
      return !(item instanceof Map<?, ?>)
          && !(item instanceof List<?>)
          && valueText(item).equals(value);
    }
    Map<String, Object> map = Tree.asMap(item);
    return map != null && fieldMatches(map, key, value);
  }

  /** Kyaml's appendListNode: sets each destination element into {@code items} by its keys. */
  private static void appendListNode(List<Object> items, List<Object> dest, List<String> keys) {
    for (Object element : new ArrayList<>(dest)) {
      if (keys.isEmpty() || keys.get(0).isEmpty()) {
        elementSetter(items, element, List.of(""), List.of(valueText(element)));
        continue;
      }
      List<String> values = new ArrayList<>();
      Map<String, Object> map = Tree.asMap(element);
      for (String key : keys) {
        if (map == null || !map.containsKey(key)) {
          items.add(element);
          continue;
        }
        values.add(valueText(map.get(key)));
      }
      if (keys.size() > 1) {
        elementSetter(items, null, keys, values);
      }
      elementSetter(items, element, keys, values);
    }
  }
}
