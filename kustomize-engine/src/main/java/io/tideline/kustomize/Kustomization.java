package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed {@code kustomization.yaml} (or Component): typed read access to its fields, with
 * kustomize's legacy-field fix-ups applied ({@code bases} appended to resources, {@code imageTags}
 * to images).
 */
final class Kustomization {
  private static final Set<String> KNOWN_FIELDS =
      Set.of(
          "apiVersion",
          "kind",
          "metadata",
          "openapi",
          "namePrefix",
          "nameSuffix",
          "namespace",
          "commonLabels",
          "labels",
          "commonAnnotations",
          "patchesStrategicMerge",
          "patchesJson6902",
          "patches",
          "images",
          "imageTags",
          "replacements",
          "replicas",
          "vars",
          "sortOptions",
          "resources",
          "components",
          "crds",
          "bases",
          "configMapGenerator",
          "secretGenerator",
          "helmGlobals",
          "helmCharts",
          "helmChartInflationGenerator",
          "generatorOptions",
          "configurations",
          "generators",
          "transformers",
          "validators",
          "buildMetadata");

  private final Map<String, Object> fields;
  private final String file;

  private Kustomization(Map<String, Object> fields, String file) {
    this.fields = fields;
    this.file = file;
  }

  /** Validates and wraps the parsed content of {@code file}. */
  static Kustomization parse(Map<String, Object> fields, String file) throws KustomizeException {
    for (String key : fields.keySet()) {
      if (!KNOWN_FIELDS.contains(key)) {
        throw new KustomizeException(
            "invalid Kustomization: json: unknown field \"" + key + "\" in " + file);
      }
    }
    if (fields.isEmpty()
        || fields.keySet().stream().allMatch(k -> k.equals("apiVersion") || k.equals("kind"))) {
      throw new KustomizeException("kustomization.yaml is empty: " + file);
    }
    for (Map.Entry<String, Object> entry : fields.entrySet()) {
      checkType(entry.getKey(), entry.getValue(), file);
    }
    KustomizationTypes.check(fields, file);
    String kind = Tree.getString(fields, "kind");
    if (kind != null && !kind.equals("Kustomization") && !kind.equals("Component")) {
      throw new KustomizeException(
          "invalid Kustomization: kind should be Kustomization or Component, got '"
              + kind
              + "' in "
              + file);
    }
    return new Kustomization(fields, file);
  }

  private static final Set<String> SCALAR_FIELDS =
      Set.of("apiVersion", "kind", "namePrefix", "nameSuffix", "namespace");
  private static final Set<String> MAP_FIELDS =
      Set.of(
          "metadata",
          "openapi",
          "commonLabels",
          "commonAnnotations",
          "sortOptions",
          "generatorOptions",
          "helmGlobals");

  private static void checkType(String field, Object value, String file) throws KustomizeException {
    if (value == null) {
      return;
    }
    String expected = null;
    if (SCALAR_FIELDS.contains(field) && (value instanceof Map<?, ?> || value instanceof List<?>)) {
      expected = "a string";
    } else if (MAP_FIELDS.contains(field) && !(value instanceof Map<?, ?>)) {
      expected = "a mapping";
    } else if (!SCALAR_FIELDS.contains(field)
        && !MAP_FIELDS.contains(field)
        && !(value instanceof List<?>)) {
      expected = "a list";
    }
    if (expected != null) {
      throw new KustomizeException(
          "invalid Kustomization: field '" + field + "' must be " + expected + " in " + file);
    }
  }

  String file() {
    return file;
  }

  boolean isComponent() {
    return "Component".equals(Tree.getString(fields, "kind"));
  }

  boolean has(String field) {
    Object value = fields.get(field);
    if (value instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return value != null;
  }

  Object raw(String field) {
    return fields.get(field);
  }

  String string(String field) {
    Object value = fields.get(field);
    return value == null ? "" : ScalarText.of(value);
  }

  List<String> strings(String field) {
    return Tree.stringList(fields.get(field));
  }

  List<String> resources() {
    List<String> result = new ArrayList<>(strings("resources"));
    result.addAll(strings("bases"));
    return result;
  }

  Map<String, String> stringMap(String field) {
    return Tree.stringMap(fields.get(field));
  }

  /** The list of mappings under {@code field}; a non-map entry is an error naming the file. */
  List<Map<String, Object>> maps(String field) throws KustomizeException {
    List<Map<String, Object>> result = new ArrayList<>();
    Object value = fields.get(field);
    if (value == null) {
      return result;
    }
    List<Object> list = Tree.asList(value);
    if (list == null) {
      throw new KustomizeException(
          "invalid Kustomization: field '" + field + "' must be a list in " + file);
    }
    for (Object item : list) {
      Map<String, Object> map = Tree.asMap(item);
      if (map == null) {
        throw new KustomizeException(
            "invalid Kustomization: entries of '" + field + "' must be mappings in " + file);
      }
      result.add(map);
    }
    return result;
  }

  List<Map<String, Object>> images() throws KustomizeException {
    List<Map<String, Object>> result = maps("images");
    result.addAll(maps("imageTags"));
    return result;
  }

  Map<String, Object> map(String field) {
    Map<String, Object> value = Tree.asMap(fields.get(field));
    return value == null ? new LinkedHashMap<>() : value;
  }
}
