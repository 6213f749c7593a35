package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Kustomize's {@code replacements}: copies a field of one resource into fields of others. */
final class ReplacementTransformer {
  private final List<Map<String, Object>> replacements;
  private final String file;

  ReplacementTransformer(List<Map<String, Object>> replacements, String file) {
    this.replacements = replacements;
    this.file = file;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    for (Map<String, Object> replacement : replacements) {
      Map<String, Object> source = Tree.asMap(replacement.get("source"));
      List<Object> targets = Tree.asList(replacement.get("targets"));
      if (source == null || targets == null) {
        throw new KustomizeException(
            "replacements must specify a source and at least one target (in " + file + ")");
      }
      Object value = sourceValue(resources, source);
      for (Object target : targets) {
        applyTarget(resources, Tree.asMap(target), value);
      }
    }
    resources.reindex();
  }

  private Object sourceValue(ResourceMap resources, Map<String, Object> source)
      throws KustomizeException {
    ResId selector = selectorId(source);
    Resource match = null;
    for (Resource resource : resources.resources()) {
      if (selectedByAny(resource, selector)) {
        if (match != null) {
          throw new KustomizeException(
              "multiple matches for selector " + describe(source) + " (in " + file + ")");
        }
        match = resource;
      }
    }
    if (match == null) {
      throw new KustomizeException(
          "nothing selected by " + describe(source) + " (in " + file + ")");
    }
    String fieldPath = Tree.getString(source, "fieldPath");
    if (fieldPath == null || fieldPath.isEmpty()) {
      fieldPath = "metadata.name";
    }
    List<FieldPath.Slot> slots = FieldPath.find(match.object(), fieldPath, false);
    Object value = slots.isEmpty() ? null : slots.get(0).get();
    if (value == null
        || (value instanceof Map<?, ?> m && m.isEmpty())
        || (value instanceof List<?> l && l.isEmpty())
        || "".equals(value)) {
      throw new KustomizeException(
          "fieldPath `"
              + fieldPath
              + "` is missing for replacement source "
              + selector
              + " (in "
              + file
              + ")");
    }
    Map<String, Object> options = Tree.asMap(source.get("options"));
    String delimiter = options == null ? null : Tree.getString(options, "delimiter");
    if (delimiter != null && !delimiter.isEmpty()) {
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw new KustomizeException("delimiter option can only be used with scalar nodes");
      }
      String[] parts = ScalarText.of(value).split(java.util.regex.Pattern.quote(delimiter), -1);
      int index = intOption(options, "index");
      if (index < 0 || index >= parts.length) {
        throw new KustomizeException(
            "options.index " + index + " is out of bounds for value " + ScalarText.of(value));
      }
      return parts[index];
    }
    return Tree.deepCopy(value);
  }

  private void applyTarget(ResourceMap resources, Map<String, Object> target, Object value)
      throws KustomizeException {
    Map<String, Object> select = target == null ? null : Tree.asMap(target.get("select"));
    if (select == null) {
      throw new KustomizeException("target must specify resources to select (in " + file + ")");
    }
    ResId selectId = selectorId(select);
    List<Map<String, Object>> rejects = new ArrayList<>();
    for (Object reject : Tree.elements(target.get("reject"))) {
      rejects.add(Tree.asMap(reject));
    }
    List<String> fieldPaths = Tree.stringList(target.get("fieldPaths"));
    if (fieldPaths.isEmpty()) {
      fieldPaths = List.of("metadata.name");
    }
    Map<String, Object> options = Tree.asMap(target.get("options"));
    for (Resource resource : resources.resources()) {
      if (!metadataSelectorsMatch(resource, select)
          || !selectedByAny(resource, selectId)
          || rejected(resource, rejects)) {
        continue;
      }
      for (String fieldPath : fieldPaths) {
        copyValue(resource, fieldPath, value, options);
      }
    }
  }

  private boolean rejected(Resource resource, List<Map<String, Object>> rejects)
      throws KustomizeException {
    for (Map<String, Object> reject : rejects) {
      if (reject == null) {
        continue;
      }
      boolean hasMetaSelectors =
          reject.get("labelSelector") != null || reject.get("annotationSelector") != null;
      if (hasMetaSelectors && metadataSelectorsMatch(resource, reject)) {
        return true;
      }
      ResId id = selectorId(reject);
      boolean emptyId =
          id.name().isEmpty() && id.namespace().isEmpty() && id.gvk().equals(new Gvk("", "", ""));
      if (!emptyId && selectedByAny(resource, id)) {
        return true;
      }
    }
    return false;
  }

  private void copyValue(
      Resource resource, String fieldPath, Object value, Map<String, Object> options)
      throws KustomizeException {
    boolean create = options != null && Boolean.TRUE.equals(options.get("create"));
    List<FieldPath.Slot> slots = FieldPath.find(resource.object(), fieldPath, create);
    if (slots.isEmpty()) {
      throw new KustomizeException(
          (create ? "unable to find or create field \"" : "unable to find field \"")
              + fieldPath
              + "\" in replacement target "
              + resource.id()
              + " (in "
              + file
              + ")");
    }
    String delimiter = options == null ? null : Tree.getString(options, "delimiter");
    for (FieldPath.Slot slot : slots) {
      Object newValue = Tree.deepCopy(value);
      Object current = slot.get();
      if (delimiter != null && !delimiter.isEmpty()) {
        if (current instanceof Map<?, ?> || current instanceof List<?>) {
          throw new KustomizeException("delimiter option can only be used with scalar nodes");
        }
        List<String> parts =
            new ArrayList<>(
                Arrays.asList(
                    (current == null ? "" : ScalarText.of(current))
                        .split(java.util.regex.Pattern.quote(delimiter), -1)));
        String text = ScalarText.of(value);
        int index = intOption(options, "index");
        if (index < 0) {
          parts.add(0, text);
        } else if (index >= parts.size()) {
          parts.add(text);
        } else {
          parts.set(index, text);
        }
        newValue = String.join(delimiter, parts);
      }
      slot.set(keepScalarType(current, newValue));
    }
  }

  /** Kyaml keeps a scalar target's tag and only swaps its text. */
  private static Object keepScalarType(Object current, Object newValue) {
    if (current == null && !(newValue instanceof Map<?, ?>) && !(newValue instanceof List<?>)) {
      return newValue == null ? null : KyamlSchema.plainValue(ScalarText.of(newValue));
    }
    if (current == null
        || current instanceof Map<?, ?>
        || current instanceof List<?>
        || newValue instanceof Map<?, ?>
        || newValue instanceof List<?>) {
      return newValue;
    }
    String text = ScalarText.of(newValue);
    if (current instanceof String) {
      return text;
    }
    try {
      if (current instanceof Long) {
        return Long.parseLong(text);
      }
      if (current instanceof Double) {
        return Double.parseDouble(text);
      }
      if (current instanceof Boolean && (text.equals("true") || text.equals("false"))) {
        return Boolean.parseBoolean(text);
      }
    } catch (NumberFormatException e) {
      return text;
    }
    return newValue;
  }

  private static int intOption(Map<String, Object> options, String key) {
    Object value = options == null ? null : options.get(key);
    return value instanceof Long l ? l.intValue() : 0;
  }

  private static ResId selectorId(Map<String, Object> selector) {
    return new ResId(
        new Gvk(
            Tree.getString(selector, "group"),
            Tree.getString(selector, "version"),
            Tree.getString(selector, "kind")),
        Tree.getString(selector, "name"),
        Tree.getString(selector, "namespace"));
  }

  private static boolean selectedByAny(Resource resource, ResId selector) {
    for (ResId id : resource.allIds()) {
      if ((selector.name().isEmpty() || selector.name().equals(id.name()))
          && (selector.namespace().isEmpty()
              || selector.effectiveNamespace().equals(id.effectiveNamespace()))
          && id.gvk().isSelectedBy(selector.gvk())) {
        return true;
      }
    }
    return false;
  }

  private static boolean metadataSelectorsMatch(Resource resource, Map<String, Object> selector)
      throws KustomizeException {
    String labels = Tree.getString(selector, "labelSelector");
    if (labels != null
        && !labels.isEmpty()
        && !LabelSelector.parse(labels).matches(resource.labels())) {
      return false;
    }
    String annotations = Tree.getString(selector, "annotationSelector");
    return annotations == null
        || annotations.isEmpty()
        || LabelSelector.parse(annotations).matches(resource.annotations());
  }

  private static String describe(Map<String, Object> selector) {
    return selectorId(selector).toString();
  }
}
