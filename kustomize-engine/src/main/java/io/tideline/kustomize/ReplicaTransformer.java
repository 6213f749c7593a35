package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kustomize's {@code replicas}: sets spec.replicas of workloads that have, or ever had, the given
 * name.
 */
final class ReplicaTransformer {
  private final String name;
  private final Object count;
  private final List<FieldSpec> fieldSpecs;

  ReplicaTransformer(Map<String, Object> replica, List<FieldSpec> fieldSpecs, String file)
      throws KustomizeException {
    this.fieldSpecs = fieldSpecs;
    this.name = Tree.getString(replica, "name");
    Object value = replica.get("count");
    if (name == null || !(value instanceof Long)) {
      throw new KustomizeException(
          "replicas entries need a name and an integer count (in " + file + ")");
    }
    this.count = value;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    boolean found = false;
    for (FieldSpec spec : fieldSpecs) {
      for (Resource resource : resources.resources()) {
        if (hadName(resource, spec.gvk())) {
          found = true;
          FieldWalker.walk(resource.object(), spec, (parent, field) -> parent.put(field, count));
        }
      }
    }
    if (!found) {
      List<String> gvks = new ArrayList<>();
      fieldSpecs.forEach(spec -> gvks.add(spec.gvk().toString()));
      throw new KustomizeException(
          "resource with name " + name + " does not match a config with the following GVK " + gvks);
    }
  }

  private boolean hadName(Resource resource, Gvk selector) {
    for (ResId id : resource.allIds()) {
      if (id.name().equals(name) && id.gvk().isSelectedBy(selector)) {
        return true;
      }
    }
    return false;
  }
}
