package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small typed accessors for the plain Java trees {@link YamlReader} produces. */
final class Tree {
  private Tree() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
    return value instanceof List<?> ? (List<Object>) value : null;
  }

  /** The value at the given keys, or null when any step is missing or not a map. */
  static Object get(Map<String, Object> root, String... keys) {
    Object current = root;
    for (String key : keys) {
      Map<String, Object> map = asMap(current);
      if (map == null) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  static String getString(Map<String, Object> root, String... keys) {
    Object value = get(root, keys);
    return value == null ? null : ScalarText.of(value);
  }

  /** The map at {@code key}, created (and put) when missing or null. */
  static Map<String, Object> mapChild(Map<String, Object> parent, String key) {
    Map<String, Object> child = asMap(parent.get(key));
    if (child == null) {
      child = new LinkedHashMap<>();
      parent.put(key, child);
    }
    return child;
  }

  static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put((String) e.getKey(), deepCopy(e.getValue()));
      }
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(deepCopy(item));
      }
      return copy;
    }
    return value;
  }

  static Map<String, Object> copyMap(Map<String, Object> map) {
    return asMap(deepCopy(map));
  }

  /** A list of strings from a YAML sequence (or a single scalar); empty when absent. */
  static List<String> stringList(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item != null) {
          result.add(ScalarText.of(item));
        }
      }
    } else if (value != null) {
      result.add(ScalarText.of(value));
    }
    return result;
  }

  /** A string-to-string map from a YAML mapping; empty when absent. */
  static Map<String, String> stringMap(Object value) {
    Map<String, String> result = new LinkedHashMap<>();
    Map<String, Object> map = asMap(value);
    if (map != null) {
      map.forEach((k, v) -> result.put(k, v == null ? "" : ScalarText.of(v)));
    }
    return result;
  }

  /** The elements of a list value, or an empty list. */
  static List<Object> elements(Object value) {
    List<Object> list = asList(value);
    return list == null ? List.of() : list;
  }

  /**
   * A deep copy of a caller-supplied tree with numbers in the engine's forms (Long, Double) and
   * keys as strings, so maps built by Jackson or by hand behave like parsed YAML.
   */
  static Object normalizeForeign(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), normalizeForeign(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(normalizeForeign(item)));
      return copy;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.doubleValue();
    }
    return value;
  }
}
