package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Legacy {@code vars}: expands {@code $(NAME)} in kustomize's var-reference fields. */
final class VarResolver {
  private final List<Map<String, Object>> vars;
  private final List<FieldSpec> fieldSpecs;

  VarResolver(List<Map<String, Object>> vars, List<FieldSpec> fieldSpecs) {
    this.vars = vars;
    this.fieldSpecs = fieldSpecs;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    if (vars.isEmpty()) {
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map<String, Object> var : vars) {
      String name = Tree.getString(var, "name");
      values.put(name, resolve(resources, var, name));
    }
    for (Resource resource : resources.resources()) {
      Gvk gvk = resource.gvk();
      for (FieldSpec spec : fieldSpecs) {
        if (spec.appliesTo(gvk)) {
          FieldWalker.walk(
              resource.object(),
              spec.segments(),
              false,
              (parent, field) -> expandField(parent, field, values));
        }
      }
    }
  }

  private static Object resolve(ResourceMap resources, Map<String, Object> var, String name)
      throws KustomizeException {
    Map<String, Object> ref = Tree.asMap(var.get("objref"));
    if (ref == null) {
      throw new KustomizeException("var '" + name + "' has no objref");
    }
    Gvk gvk = Gvk.fromApiVersion(Tree.getString(ref, "apiVersion"), Tree.getString(ref, "kind"));
    String refName = Tree.getString(ref, "name");
    String refNamespace = Tree.getString(ref, "namespace");
    List<Resource> matches = new ArrayList<>();
    for (Resource resource : resources.resources()) {
      for (ResId id : resource.allIds()) {
        if (id.gvk().isSelectedBy(gvk)
            && id.name().equals(refName)
            && (refNamespace == null
                || refNamespace.isEmpty()
                || id.effectiveNamespace().equals(refNamespace))) {
          matches.add(resource);
          break;
        }
      }
    }
    if (matches.size() != 1) {
      throw new KustomizeException(
          matches.isEmpty()
              ? "var '" + name + "' cannot be mapped to a field in the set of known resources"
              : "found "
                  + matches.size()
                  + " resId matches for var "
                  + name
                  + " (unable to disambiguate)");
    }
    Map<String, Object> fieldRef = Tree.asMap(var.get("fieldref"));
    String fieldPath = fieldRef == null ? null : Tree.getString(fieldRef, "fieldpath");
    if (fieldPath == null && fieldRef != null) {
      fieldPath = Tree.getString(fieldRef, "fieldPath");
    }
    if (fieldPath == null || fieldPath.isEmpty()) {
      fieldPath = "metadata.name";
    }
    String normalized = fieldPath.replaceAll("\\[([0-9]+)]", ".$1");
    List<FieldPath.Slot> slots = FieldPath.find(matches.get(0).object(), normalized, false);
    if (slots.isEmpty() || slots.get(0).get() == null) {
      throw new KustomizeException(
          "field specified in var '" + name + "' not found in corresponding resource");
    }
    return slots.get(0).get();
  }

  private static void expandField(
      Map<String, Object> parent, String field, Map<String, Object> values) {
    Object value = parent.get(field);
    if (value instanceof String s) {
      parent.put(field, expandWhole(s, values));
    } else if (value instanceof List<?>) {
      List<Object> list = Tree.asList(value);
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof String s) {
          list.set(i, expandWhole(s, values));
        }
      }
    } else if (value instanceof Map<?, ?>) {
      Map<String, Object> map = Tree.asMap(value);
      map.replaceAll((k, v) -> v instanceof String s ? expandWhole(s, values) : v);
    }
  }

  /** A field that is exactly {@code $(VAR)} takes the variable's value with its type. */
  private static Object expandWhole(String input, Map<String, Object> values) {
    if (input.startsWith("$(") && input.endsWith(")") && input.indexOf(')') == input.length() - 1) {
      String name = input.substring(2, input.length() - 1);
      if (values.containsKey(name)) {
        Object value = values.get(name);
        return value instanceof Map<?, ?> || value instanceof List<?>
            ? expand(input, values)
            : value;
      }
    }
    return expand(input, values);
  }

  /** Kubernetes' {@code $(VAR)} expansion: {@code $$} escapes, unknown names stay. */
  static String expand(String input, Map<String, Object> values) {
    if (input.indexOf('$') < 0) {
      return input;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c == '$' && i + 1 < input.length()) {
        char next = input.charAt(i + 1);
        if (next == '$') {
          out.append('$');
          i += 2;
          continue;
        }
        if (next == '(') {
          int close = input.indexOf(')', i + 2);
          if (close > 0) {
            String name = input.substring(i + 2, close);
            if (values.containsKey(name)) {
              out.append(ScalarText.of(values.get(name)));
            } else {
              out.append(input, i, close + 1);
            }
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
