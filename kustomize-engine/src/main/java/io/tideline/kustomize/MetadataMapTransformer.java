package io.tideline.kustomize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds string pairs to map fields (labels, annotations, selectors) of every resource, at the places
 * a list of {@link FieldSpec}s names: kustomize's label and annotation transformers.
 */
final class MetadataMapTransformer {
  private final Map<String, String> pairs;
  private final List<FieldSpec> fieldSpecs;

  MetadataMapTransformer(Map<String, String> pairs, List<FieldSpec> fieldSpecs) {
    this.pairs = pairs;
    this.fieldSpecs = fieldSpecs;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    if (pairs.isEmpty()) {
      return;
    }
    for (Resource resource : resources.resources()) {
      Gvk gvk = resource.gvk();
      for (FieldSpec spec : fieldSpecs) {
        if (spec.appliesTo(gvk)) {
          FieldWalker.walk(resource.object(), spec, this::setPairs);
        }
      }
    }
  }

  private void setPairs(Map<String, Object> parent, String field) throws KustomizeException {
    Object current = parent.get(field);
    Map<String, Object> map = Tree.asMap(current);
    if (map == null) {
      if (current != null) {
        throw new KustomizeException(
            "expected a mapping at field '" + field + "' to add " + pairs.keySet());
      }
      map = new LinkedHashMap<>();
      parent.put(field, map);
    }
    map.putAll(pairs);
  }
}
