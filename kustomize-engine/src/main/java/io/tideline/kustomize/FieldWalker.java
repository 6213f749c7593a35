package io.tideline.kustomize;

import java.util.List;
import java.util.Map;

/** Visits the fields a {@link FieldSpec} path names inside one object, walking into lists. */
final class FieldWalker {
  /** Receives each terminal location: the map holding the field and the field's name. */
  interface Visitor {
    void visit(Map<String, Object> parent, String field) throws KustomizeException;
  }

  private FieldWalker() {}

  /**
   * Calls {@code visitor} for every place the path reaches. Missing intermediate maps are created
   * when {@code create}; the visitor is called for a missing last field only when {@code create}.
   */
  static void walk(Map<String, Object> root, FieldSpec spec, Visitor visitor)
      throws KustomizeException {
    walk(root, spec.segments(), 0, spec.create(), visitor);
  }

  static void walk(Map<String, Object> root, List<String> segments, boolean create, Visitor visitor)
      throws KustomizeException {
    walk(root, segments, 0, create, visitor);
  }

  private static void walk(
      Object node, List<String> segments, int index, boolean create, Visitor visitor)
      throws KustomizeException {
    List<Object> list = Tree.asList(node);
    if (list != null) {
      for (Object item : list) {
        walk(item, segments, index, create, visitor);
      }
      return;
    }
    Map<String, Object> map = Tree.asMap(node);
    if (map == null) {
      return;
    }
    String segment = segments.get(index);
    boolean isList = segment.endsWith("[]");
    String field = isList ? segment.substring(0, segment.length() - 2) : segment;
    if (index == segments.size() - 1) {
      if (map.containsKey(field) || create) {
        visitor.visit(map, field);
      }
      return;
    }
    Object child = map.get(field);
    if (child == null) {
      if (!create || isList) {
        return;
      }
      child = new java.util.LinkedHashMap<String, Object>();
      map.put(field, child);
    }
    walk(child, segments, index + 1, create, visitor);
  }
}
