package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field specs the built-in transformers use: kustomize's defaults, extended by {@code
 * configurations} files and by {@code crds} OpenAPI definitions, merged up the tree.
 */
final class TransformerConfig {
  final List<FieldSpec> commonLabels = new ArrayList<>();
  final List<FieldSpec> templateLabels = new ArrayList<>();
  final List<FieldSpec> labels = new ArrayList<>();
  final List<FieldSpec> annotations = new ArrayList<>();
  final List<FieldSpec> images = new ArrayList<>();
  final List<FieldSpec> replicas = new ArrayList<>();
  final List<FieldSpec> namespace = new ArrayList<>();
  final List<FieldSpec> prefix = new ArrayList<>();
  final List<FieldSpec> suffix = new ArrayList<>();
  final List<FieldSpec> varReferences = new ArrayList<>();
  final Map<Gvk, List<FieldSpec>> nameReferences = new LinkedHashMap<>();

  /** Kustomize's default configuration. */
  static TransformerConfig defaults() {
    TransformerConfig config = new TransformerConfig();
    config.commonLabels.addAll(BuiltinFieldSpecs.SELECTORS);
    config.commonLabels.addAll(BuiltinFieldSpecs.TEMPLATE_LABELS);
    config.templateLabels.addAll(BuiltinFieldSpecs.TEMPLATE_LABELS);
    config.annotations.addAll(BuiltinFieldSpecs.ANNOTATIONS);
    config.images.addAll(BuiltinFieldSpecs.IMAGES);
    config.replicas.addAll(BuiltinFieldSpecs.REPLICAS);
    config.namespace.addAll(BuiltinFieldSpecs.NAMESPACE);
    config.varReferences.addAll(BuiltinFieldSpecs.VAR_REFERENCES);
    BuiltinFieldSpecs.NAME_REFERENCES.forEach((gvk, specs) -> config.addNameReferences(gvk, specs));
    return config;
  }

  void merge(TransformerConfig other) {
    addAll(commonLabels, other.commonLabels);
    addAll(templateLabels, other.templateLabels);
    addAll(labels, other.labels);
    addAll(annotations, other.annotations);
    addAll(images, other.images);
    addAll(replicas, other.replicas);
    addAll(namespace, other.namespace);
    addAll(prefix, other.prefix);
    addAll(suffix, other.suffix);
    addAll(varReferences, other.varReferences);
    other.nameReferences.forEach(this::addNameReferences);
  }

  void addNameReferences(Gvk target, List<FieldSpec> specs) {
    addAll(nameReferences.computeIfAbsent(target, k -> new ArrayList<>()), specs);
  }

  private static void addAll(List<FieldSpec> target, List<FieldSpec> more) {
    if (more.isEmpty() || target.equals(more)) {
      return;
    }
    java.util.Set<FieldSpec> present = new java.util.HashSet<>(target);
    for (FieldSpec spec : more) {
      if (present.add(spec)) {
        target.add(spec);
      }
    }
  }

  /** Reads a {@code configurations} file (kustomize's transformer configuration format). */
  static TransformerConfig fromConfigurationFile(Map<String, Object> content, String file)
      throws KustomizeException {
    TransformerConfig config = new TransformerConfig();
    for (Map.Entry<String, Object> entry : content.entrySet()) {
      List<FieldSpec> target =
          switch (entry.getKey()) {
            case "commonLabels" -> config.commonLabels;
            case "templateLabels" -> config.templateLabels;
            case "labels" -> config.labels;
            case "commonAnnotations" -> config.annotations;
            case "images" -> config.images;
            case "replicas" -> config.replicas;
            case "namespace" -> config.namespace;
            case "namePrefix" -> config.prefix;
            case "nameSuffix" -> config.suffix;
            case "varReference" -> config.varReferences;
            case "nameReference" -> null;
            default ->
                throw new KustomizeException(
                    "unknown field '" + entry.getKey() + "' in transformer configuration " + file);
          };
      if (target == null) {
        for (Object item : Tree.elements(entry.getValue())) {
          Map<String, Object> ref = Tree.asMap(item);
          if (ref == null) {
            continue;
          }
          Gvk gvk =
              new Gvk(
                  Tree.getString(ref, "group"),
                  Tree.getString(ref, "version"),
                  Tree.getString(ref, "kind"));
          List<FieldSpec> specs = new ArrayList<>();
          for (Object spec : Tree.elements(ref.get("fieldSpecs"))) {
            specs.add(FieldSpec.fromMap(Tree.asMap(spec)));
          }
          config.addNameReferences(gvk, specs);
        }
        continue;
      }
      for (Object item : Tree.elements(entry.getValue())) {
        Map<String, Object> spec = Tree.asMap(item);
        if (spec != null) {
          target.add(FieldSpec.fromMap(spec));
        }
      }
    }
    return config;
  }

  /**
   * Reads a {@code crds} file: OpenAPI definitions whose {@code x-kubernetes-*} extensions name
   * object references, annotations, label selectors and identities of custom kinds.
   */
  static TransformerConfig fromCrdDefinitions(Map<String, Object> definitions) {
    TransformerConfig config = new TransformerConfig();
    for (Map.Entry<String, Object> entry : definitions.entrySet()) {
      Map<String, Object> properties = properties(definitions, entry.getKey());
      if (properties == null
          || !properties.containsKey("kind")
          || !properties.containsKey("apiVersion")
          || !properties.containsKey("metadata")) {
        continue;
      }
      String typeName = entry.getKey();
      Gvk gvk = new Gvk("", "", typeName.substring(typeName.lastIndexOf('.') + 1));
      config.loadCrd(definitions, gvk, typeName, new ArrayList<>(), 0);
    }
    return config;
  }

  private static Map<String, Object> properties(Map<String, Object> definitions, String name) {
    Map<String, Object> definition = Tree.asMap(definitions.get(name));
    return definition == null ? null : Tree.asMap(Tree.get(definition, "Schema", "properties"));
  }

  private void loadCrd(
      Map<String, Object> definitions, Gvk gvk, String typeName, List<String> path, int depth) {
    Map<String, Object> properties = properties(definitions, typeName);
    if (properties == null || depth > 32) {
      return;
    }
    for (Map.Entry<String, Object> entry : properties.entrySet()) {
      Map<String, Object> property = Tree.asMap(entry.getValue());
      if (property == null) {
        continue;
      }
      List<String> fieldPath = new ArrayList<>(path);
      fieldPath.add(entry.getKey());
      if (property.get("x-kubernetes-annotation") instanceof String) {
        annotations.add(new FieldSpec(gvk, String.join("/", fieldPath), false));
      }
      if (property.get("x-kubernetes-label-selector") instanceof String) {
        commonLabels.add(new FieldSpec(gvk, String.join("/", fieldPath), false));
      }
      if (property.get("x-kubernetes-identity") instanceof String) {
        prefix.add(new FieldSpec(gvk, String.join("/", fieldPath), false));
      }
      Object version = property.get("x-kubernetes-object-ref-api-version");
      Object kind = property.get("x-kubernetes-object-ref-kind");
      if (version instanceof String v && kind instanceof String k) {
        Object nameKey = property.get("x-kubernetes-object-ref-name-key");
        List<String> refPath = new ArrayList<>(fieldPath);
        refPath.add(nameKey instanceof String n ? n : "name");
        addNameReferences(
            new Gvk("", v, k), List.of(new FieldSpec(gvk, String.join("/", refPath), false)));
      }
      if (property.get("$ref") instanceof String ref) {
        loadCrd(definitions, gvk, ref, fieldPath, depth + 1);
      }
    }
  }
}
