package io.tideline.runtime.ssa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An RFC 6901 JSON pointer over a plain Map/List tree (an object as fabric8 converts it): read,
 * remove and replace one location. {@code ""} is the whole document.
 *
 * @param tokens the unescaped reference tokens ({@code ~1} → {@code /}, {@code ~0} → {@code ~})
 */
record JsonPointer(List<String> tokens) {

  private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]*");

  JsonPointer {
    tokens = List.copyOf(tokens);
  }

  /** Parses {@code /spec/replicas}; anything not starting with {@code /} (but "") is refused. */
  static JsonPointer parse(String text) {
    if (text.isEmpty()) {
      return new JsonPointer(List.of());
    }
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("JSON pointer '" + text + "' must start with '/'");
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : text.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return new JsonPointer(tokens);
  }

  boolean isRoot() {
    return tokens.isEmpty();
  }

  /** The value at this location, empty when any step is missing. */
  Optional<Object> get(Object document) {
    Object current = document;
    for (String token : tokens) {
      current = child(current, token);
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** Removes the value at this location (a no-op when missing); the root cannot be removed. */
  void remove(Object document) {
    Object parent = parent(document);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> map) {
      map.remove(last);
    } else if (parent instanceof List<?> list) {
      index(last, list.size()).ifPresent(i -> list.remove((int) i));
    }
  }

  /** Sets the value at this location when its parent exists. */
  @SuppressWarnings("unchecked")
  void replace(Object document, Object value) {
    Object parent = parent(document);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(last, value);
    } else if (parent instanceof List<?> list) {
      index(last, list.size()).ifPresent(i -> ((List<Object>) list).set(i, value));
    }
  }

  private Object parent(Object document) {
    if (isRoot()) {
      throw new IllegalArgumentException("the root pointer has no parent");
    }
    return new JsonPointer(tokens.subList(0, tokens.size() - 1)).get(document).orElse(null);
  }

  private static Object child(Object node, String token) {
    if (node instanceof Map<?, ?> map) {
      return map.get(token);
    }
    if (node instanceof List<?> list) {
      return index(token, list.size()).map(list::get).orElse(null);
    }
    return null;
  }

  /** Whether {@code token} is an RFC 6901 array index ({@code 0} or no leading zero). */
  static boolean isArrayIndex(String token) {
    return ARRAY_INDEX.matcher(token).matches();
  }

  private static Optional<Integer> index(String token, int size) {
    if (!isArrayIndex(token)) {
      return Optional.empty();
    }
    int i = Integer.parseInt(token);
    return i < size ? Optional.of(i) : Optional.empty();
  }
}
