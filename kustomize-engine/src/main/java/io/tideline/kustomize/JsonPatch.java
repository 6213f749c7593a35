package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** RFC 6902 JSON patch operations over the plain trees, as kustomize applies them. */
final class JsonPatch {
  private final List<Map<String, Object>> operations;
  private final String source;

  JsonPatch(List<Map<String, Object>> operations, String source) {
    this.operations = operations;
    this.source = source;
  }

  /** Parses a JSON or YAML list of operations. */
  static JsonPatch parse(Object parsed, String source) throws KustomizeException {
    List<Object> list = Tree.asList(parsed);
    if (list == null) {
      throw new KustomizeException("json patch in " + source + " must be a list of operations");
    }
    List<Map<String, Object>> ops = new ArrayList<>();
    for (Object item : list) {
      Map<String, Object> op = Tree.asMap(item);
      if (op == null || !(op.get("op") instanceof String)) {
        throw new KustomizeException(
            "json patch in " + source + ": every operation needs an 'op' field");
      }
      ops.add(op);
    }
    return new JsonPatch(ops, source);
  }

  /** Applies all operations to {@code document} (mutated). */
  void apply(Map<String, Object> document, String target) throws KustomizeException {
    for (Map<String, Object> op : operations) {
      String kind = (String) op.get("op");
      String path = Tree.getString(op, "path");
      try {
        switch (kind) {
          case "add" -> add(document, path, Tree.deepCopy(op.get("value")));
          case "remove" -> remove(document, path);
          case "replace" -> replace(document, path, Tree.deepCopy(op.get("value")));
          case "move" -> {
            String from = Tree.getString(op, "from");
            Object value = get(document, from);
            remove(document, from);
            add(document, path, value);
          }
          case "copy" ->
              add(document, path, Tree.deepCopy(get(document, Tree.getString(op, "from"))));
          case "test" -> {
            if (!Objects.equals(get(document, path), op.get("value"))) {
              throw new KustomizeException("testing value " + path + " failed");
            }
          }
          default -> throw new KustomizeException("unexpected kind of operation: " + kind);
        }
      } catch (KustomizeException e) {
        throw new KustomizeException(
            "failed to apply json patch from " + source + " to " + target + ": " + e.getMessage());
      }
    }
  }

  private static List<String> tokens(String pointer) throws KustomizeException {
    if (pointer == null) {
      throw new KustomizeException("missing path");
    }
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (!pointer.startsWith("/")) {
      throw new KustomizeException("invalid path '" + pointer + "'");
    }
    List<String> result = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      result.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return result;
  }

  private static Object get(Map<String, Object> doc, String pointer) throws KustomizeException {
    Object current = doc;
    for (String token : tokens(pointer)) {
      current = child(current, token, pointer);
    }
    return current;
  }

  private static Object child(Object node, String token, String pointer) throws KustomizeException {
    Map<String, Object> map = Tree.asMap(node);
    if (map != null) {
      if (!map.containsKey(token)) {
        throw new KustomizeException("doc is missing path: " + pointer);
      }
      return map.get(token);
    }
    List<Object> list = Tree.asList(node);
    if (list != null) {
      int index = index(token, list.size() - 1, pointer);
      return list.get(index);
    }
    throw new KustomizeException("doc is missing path: " + pointer);
  }

  /** An array index; negative indexes count from the end, as json-patch v4 allows. */
  private static int index(String token, int max, String pointer) throws KustomizeException {
    try {
      int index = Integer.parseInt(token);
      if (index < 0) {
        index += max + 1;
      }
      if (index < 0 || index > max) {
        throw new KustomizeException("doc is missing path: " + pointer + " (index out of bounds)");
      }
      return index;
    } catch (NumberFormatException e) {
      throw new KustomizeException("invalid array index in path: " + pointer);
    }
  }

  private static Object parent(Map<String, Object> doc, List<String> tokens, String pointer)
      throws KustomizeException {
    Object current = doc;
    for (int i = 0; i < tokens.size() - 1; i++) {
      current = child(current, tokens.get(i), pointer);
    }
    return current;
  }

  private static void add(Map<String, Object> doc, String pointer, Object value)
      throws KustomizeException {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      throw new KustomizeException("cannot replace the whole document");
    }
    Object parent = parent(doc, tokens, pointer);
    String last = tokens.get(tokens.size() - 1);
    Map<String, Object> map = Tree.asMap(parent);
    if (map != null) {
      map.put(last, value);
      return;
    }
    List<Object> list = Tree.asList(parent);
    if (list == null) {
      throw new KustomizeException("doc is missing path: " + pointer);
    }
    if (last.equals("-")) {
      list.add(value);
    } else {
      list.add(index(last, list.size(), pointer), value);
    }
  }

  /** json-patch v4: replacing a missing map key sets it; array indexes must exist. */
  private static void replace(Map<String, Object> doc, String pointer, Object value)
      throws KustomizeException {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      throw new KustomizeException("cannot replace the whole document");
    }
    Object parent = parent(doc, tokens, pointer);
    String last = tokens.get(tokens.size() - 1);
    Map<String, Object> map = Tree.asMap(parent);
    if (map != null) {
      map.put(last, value);
      return;
    }
    List<Object> list = Tree.asList(parent);
    if (list == null) {
      throw new KustomizeException("doc is missing path: " + pointer);
    }
    list.set(index(last, list.size() - 1, pointer), value);
  }

  private static void remove(Map<String, Object> doc, String pointer) throws KustomizeException {
    List<String> tokens = tokens(pointer);
    Object parent = parent(doc, tokens, pointer);
    String last = tokens.get(tokens.size() - 1);
    Map<String, Object> map = Tree.asMap(parent);
    if (map != null) {
      if (!map.containsKey(last)) {
        throw new KustomizeException(
            "Unable to remove nonexistent key: " + last + ": missing value");
      }
      map.remove(last);
      return;
    }
    List<Object> list = Tree.asList(parent);
    if (list == null) {
      throw new KustomizeException("doc is missing path: " + pointer);
    }
    list.remove(index(last, list.size() - 1, pointer));
  }
}
