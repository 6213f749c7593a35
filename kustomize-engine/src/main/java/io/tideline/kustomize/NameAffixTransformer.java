package io.tideline.kustomize;

import java.util.List;
import java.util.Map;

/**
 * Kustomize's {@code namePrefix} / {@code nameSuffix}: renames every resource except CRDs,
 * APIServices and Namespaces, remembering the affix so name references can be fixed later, and
 * affixes any extra identity fields the transformer configuration names.
 */
final class NameAffixTransformer {
  private final String affix;
  private final List<FieldSpec> extraFields;
  private final boolean isPrefix;

  NameAffixTransformer(String affix, List<FieldSpec> extraFields, boolean isPrefix) {
    this.affix = affix == null ? "" : affix;
    this.extraFields = extraFields;
    this.isPrefix = isPrefix;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    if (affix.isEmpty()) {
      return;
    }
    for (Resource resource : resources.resources()) {
      Gvk original = resource.originalId().gvk();
      if (original.kind().equals("CustomResourceDefinition")
          || original.kind().equals("Namespace")
          || (original.kind().equals("APIService")
              && original.group().equals("apiregistration.k8s.io"))) {
        continue;
      }
      (isPrefix ? resource.prefixes() : resource.suffixes()).add(affix);
      resource.storePreviousId();
      resource.setName(affixed(resource.name()));
      for (FieldSpec spec : extraFields) {
        if (!spec.path().equals("metadata/name") && original.isSelectedBy(spec.gvk())) {
          FieldWalker.walk(resource.object(), spec, this::affixField);
        }
      }
    }
    resources.reindex();
  }

  private void affixField(Map<String, Object> parent, String field) {
    if (parent.get(field) instanceof String value) {
      parent.put(field, affixed(value));
    }
  }

  private String affixed(String name) {
    return isPrefix ? affix + name : name + affix;
  }
}
