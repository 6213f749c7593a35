package io.tideline.kustomize;

import java.util.List;
import java.util.Map;

/**
 * Kustomize's {@code namespace}: sets metadata.namespace on namespaced objects, renames v1
 * Namespace objects, updates APIService/CRD webhook service namespaces, and sets the namespace of
 * (Cluster)RoleBinding subjects named {@code default}.
 */
final class NamespaceTransformer {
  private final String namespace;
  private final List<FieldSpec> fieldSpecs;

  NamespaceTransformer(String namespace, List<FieldSpec> fieldSpecs) {
    this.namespace = namespace;
    this.fieldSpecs = fieldSpecs;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    for (Resource resource : resources.resources()) {
      Gvk gvk = resource.gvk();
      boolean changesId =
          (!gvk.isClusterScoped() && !namespace.equals(resource.namespace()))
              || (gvk.kind().equals("Namespace") && gvk.apiVersion().equals("v1"));
      if (changesId) {
        resource.storePreviousId();
      }
      if (!gvk.isClusterScoped()) {
        resource.setNamespace(namespace);
      }
      for (FieldSpec spec : fieldSpecs) {
        if (spec.path().equals("metadata/namespace")) {
          continue;
        }
        if (spec.path().equals("metadata/name") && !gvk.apiVersion().equals("v1")) {
          continue;
        }
        if (spec.appliesTo(gvk)) {
          FieldWalker.walk(resource.object(), spec, (parent, field) -> setScalar(parent, field));
        }
      }
      if (gvk.kind().equals("RoleBinding") || gvk.kind().equals("ClusterRoleBinding")) {
        for (Object subject : Tree.elements(resource.object().get("subjects"))) {
          Map<String, Object> map = Tree.asMap(subject);
          if (map != null && "default".equals(Tree.getString(map, "name"))) {
            map.put("namespace", namespace);
          }
        }
      }
    }
    resources.reindex();
    java.util.Map<String, ResId> seen = new java.util.HashMap<>();
    for (Resource resource : resources.resources()) {
      ResId id = resource.id();
      ResId previous = seen.put(id.key(), id);
      if (previous != null) {
        throw new KustomizeException(
            "namespace transformation produces ID conflict: "
                + previous
                + " and "
                + id
                + " (namespace '"
                + namespace
                + "')");
      }
    }
  }

  private void setScalar(Map<String, Object> parent, String field) throws KustomizeException {
    Object current = parent.get(field);
    if (current instanceof Map<?, ?> || current instanceof java.util.List<?>) {
      throw new KustomizeException(
          "namespace field specs must target scalar nodes (field '" + field + "')");
    }
    parent.put(field, namespace);
  }
}
