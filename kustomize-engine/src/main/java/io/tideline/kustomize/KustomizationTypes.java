package io.tideline.kustomize;

import java.util.List;
import java.util.Map;

/**
 * Checks the Go types of kustomization fields the way kustomize's strict JSON decoding does, so a
 * number or boolean where kustomize wants a string fails with kustomize's message.
 */
final class KustomizationTypes {
  private static final List<String> TOP_STRINGS =
      List.of("apiVersion", "kind", "namePrefix", "nameSuffix", "namespace");
  private static final List<String> TOP_STRING_MAPS = List.of("commonLabels", "commonAnnotations");
  private static final List<String> TOP_STRING_LISTS =
      List.of(
          "resources",
          "components",
          "bases",
          "crds",
          "configurations",
          "buildMetadata",
          "patchesStrategicMerge",
          "generators",
          "transformers",
          "validators");
  private static final List<String> IMAGE_STRINGS =
      List.of("name", "newName", "newTag", "digest", "tagSuffix");
  private static final List<String> GENERATOR_STRINGS =
      List.of("name", "namespace", "behavior", "type", "env");
  private static final List<String> GENERATOR_LISTS = List.of("literals", "files", "envs");

  private final String file;

  private KustomizationTypes(String file) {
    this.file = file;
  }

  static void check(Map<String, Object> fields, String file) throws KustomizeException {
    new KustomizationTypes(file).checkAll(fields);
  }

  private void checkAll(Map<String, Object> fields) throws KustomizeException {
    for (String field : TOP_STRINGS) {
      string(fields.get(field), "Kustomization." + field);
    }
    for (String field : TOP_STRING_MAPS) {
      stringMap(fields.get(field), "Kustomization." + field);
    }
    for (String field : TOP_STRING_LISTS) {
      stringList(fields.get(field), "Kustomization." + field);
    }
    for (Map<String, Object> image : entries(fields.get("images"))) {
      for (String field : IMAGE_STRINGS) {
        string(image.get(field), "Image.images." + field);
      }
    }
    for (Map<String, Object> label : entries(fields.get("labels"))) {
      stringMap(label.get("pairs"), "Label.labels.pairs");
    }
    generators(fields.get("configMapGenerator"), "ConfigMapArgs.configMapGenerator.");
    generators(fields.get("secretGenerator"), "SecretArgs.secretGenerator.");
    Map<String, Object> options = Tree.asMap(fields.get("generatorOptions"));
    if (options != null) {
      stringMap(options.get("labels"), "GeneratorOptions.generatorOptions.labels");
      stringMap(options.get("annotations"), "GeneratorOptions.generatorOptions.annotations");
    }
    for (Map<String, Object> replica : entries(fields.get("replicas"))) {
      string(replica.get("name"), "Replica.replicas.name");
      Object count = replica.get("count");
      if (count != null && !(count instanceof Long)) {
        fail(count, "Replica.replicas.count", "int64");
      }
    }
    for (Map<String, Object> patch : entries(fields.get("patches"))) {
      string(patch.get("path"), "Patch.patches.path");
      string(patch.get("patch"), "Patch.patches.patch");
    }
  }

  private void generators(Object value, String prefix) throws KustomizeException {
    for (Map<String, Object> generator : entries(value)) {
      for (String field : GENERATOR_STRINGS) {
        string(generator.get(field), prefix + field);
      }
      for (String field : GENERATOR_LISTS) {
        stringList(generator.get(field), prefix + field);
      }
      Map<String, Object> options = Tree.asMap(generator.get("options"));
      if (options != null) {
        stringMap(options.get("labels"), "GeneratorOptions." + prefix + "options.labels");
        stringMap(options.get("annotations"), "GeneratorOptions." + prefix + "options.annotations");
      }
    }
  }

  private static List<Map<String, Object>> entries(Object value) {
    List<Map<String, Object>> result = new java.util.ArrayList<>();
    for (Object item : Tree.elements(value)) {
      Map<String, Object> map = Tree.asMap(item);
      if (map != null) {
        result.add(map);
      }
    }
    return result;
  }

  private void string(Object value, String field) throws KustomizeException {
    if (value != null && !(value instanceof String)) {
      fail(value, field, "string");
    }
  }

  private void stringMap(Object value, String field) throws KustomizeException {
    Map<String, Object> map = Tree.asMap(value);
    if (map != null) {
      for (Object item : map.values()) {
        string(item, field);
      }
    }
  }

  private void stringList(Object value, String field) throws KustomizeException {
    for (Object item : Tree.elements(value)) {
      string(item, field);
    }
  }

  private void fail(Object value, String field, String goType) throws KustomizeException {
    throw new KustomizeException(
        "invalid Kustomization: json: cannot unmarshal "
            + jsonType(value)
            + " into Go struct field "
            + field
            + " of type "
            + goType
            + " in "
            + file);
  }

  private static String jsonType(Object value) {
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Map<?, ?>) {
      return "object";
    }
    if (value instanceof List<?>) {
      return "array";
    }
    return "number";
  }
}
