package io.tideline.kustomize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kustomize's {@code replicas}: sets spec.replicas of the named workloads. */
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
    Set<Resource> matches = new LinkedHashSet<>();
    for (Resource resource : resources.resources()) {
      if (resource.originalId().name().equals(name) || resource.name().equals(name)) {
        matches.add(resource);
      }
    }
    boolean found = false;
    for (Resource resource : matches) {
      for (FieldSpec spec : fieldSpecs) {
        if (spec.appliesTo(resource.gvk())) {
          found = true;
          FieldWalker.walk(resource.object(), spec, (parent, field) -> parent.put(field, count));
        }
      }
    }
    if (!found) {
      throw new KustomizeException(
          "resource with name "
              + name
              + " does not match a config with the following GVK "
              + "[Deployment ReplicationController ReplicaSet StatefulSet]");
    }
  }
}
