package io.tideline.kustomize;

/**
 * Kustomize's {@code namePrefix} / {@code nameSuffix}: renames every resource except CRDs,
 * APIServices and Namespaces, remembering the affix so name references can be fixed later.
 */
final class NameAffixTransformer {
  private final String prefix;
  private final String suffix;

  NameAffixTransformer(String prefix, String suffix) {
    this.prefix = prefix == null ? "" : prefix;
    this.suffix = suffix == null ? "" : suffix;
  }

  void apply(ResourceMap resources) {
    if (prefix.isEmpty() && suffix.isEmpty()) {
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
      if (!prefix.isEmpty()) {
        resource.prefixes().add(prefix);
        resource.storePreviousId();
        resource.setName(prefix + resource.name());
      }
      if (!suffix.isEmpty()) {
        resource.suffixes().add(suffix);
        resource.storePreviousId();
        resource.setName(resource.name() + suffix);
      }
    }
    resources.reindex();
  }
}
