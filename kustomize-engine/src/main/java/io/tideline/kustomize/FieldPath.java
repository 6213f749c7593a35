package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kyaml-style dotted field paths used by replacements: {@code spec.containers.[name=app].image},
 * {@code *} for every list element, numeric list indexes, {@code [=value]} for scalar list
 * elements; dots inside brackets do not split.
 */
final class FieldPath {
  /** A place a path reaches: a container (map or list) and the key or index in it. */
  record Slot(Object container, String key, int index) {
    Object get() {
      if (container instanceof Map<?, ?> map) {
        return map.get(key);
      }
      return Tree.asList(container).get(index);
    }

    void set(Object value) {
      if (container instanceof Map<?, ?>) {
        Tree.asMap(container).put(key, value);
      } else {
        Tree.asList(container).set(index, value);
      }
    }
  }

  private FieldPath() {}

  static List<String> split(String path) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : path.toCharArray()) {
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      if (c == '.' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  /** All slots the path reaches; missing steps are created when {@code create}. */
  static List<Slot> find(Map<String, Object> root, String path, boolean create) {
    List<Slot> result = new ArrayList<>();
    walk(root, split(path), 0, create, result);
    return result;
  }

  private static void walk(
      Object node, List<String> parts, int index, boolean create, List<Slot> result) {
    String part = parts.get(index);
    boolean last = index == parts.size() - 1;
    Map<String, Object> map = Tree.asMap(node);
    List<Object> list = Tree.asList(node);
    if (list != null) {
      if (part.equals("*") || part.equals("[]")) {
        for (int i = 0; i < list.size(); i++) {
          descend(new Slot(list, null, i), parts, index, last, create, result);
        }
        return;
      }
      if (part.startsWith("[") && part.endsWith("]") && part.contains("=")) {
        String inner = part.substring(1, part.length() - 1);
        String field = inner.substring(0, inner.indexOf('='));
        String value = inner.substring(inner.indexOf('=') + 1);
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
          Object item = list.get(i);
          boolean match =
              field.isEmpty()
                  ? item != null && !(item instanceof Map) && ScalarText.of(item).equals(value)
                  : Tree.asMap(item) != null
                      && Tree.asMap(item).get(field) != null
                      && ScalarText.of(Tree.asMap(item).get(field)).equals(value);
          if (match) {
            found = true;
            descend(new Slot(list, null, i), parts, index, last, create, result);
          }
        }
        if (!found && create && !field.isEmpty()) {
          Map<String, Object> element = new LinkedHashMap<>();
          element.put(field, value);
          list.add(element);
          descend(new Slot(list, null, list.size() - 1), parts, index, last, create, result);
        }
        return;
      }
      if (part.matches("-?[0-9]+")) {
        int i = Integer.parseInt(part);
        if (i >= 0 && i < list.size()) {
          descend(new Slot(list, null, i), parts, index, last, create, result);
        }
      }
      return;
    }
    if (map == null) {
      return;
    }
    if (part.equals("*")) {
      for (String key : new ArrayList<>(map.keySet())) {
        descend(new Slot(map, key, -1), parts, index, last, create, result);
      }
      return;
    }
    if (!map.containsKey(part) || map.get(part) == null) {
      if (!create) {
        return;
      }
      if (!last) {
        String next = parts.get(index + 1);
        boolean nextIsList = next.startsWith("[") || next.equals("*") || next.matches("[0-9]+");
        map.put(part, nextIsList ? new ArrayList<>() : new LinkedHashMap<>());
      } else {
        map.put(part, null);
      }
    }
    descend(new Slot(map, part, -1), parts, index, last, create, result);
  }

  private static void descend(
      Slot slot, List<String> parts, int index, boolean last, boolean create, List<Slot> result) {
    if (last) {
      result.add(slot);
    } else {
      walk(slot.get(), parts, index + 1, create, result);
    }
  }
}
