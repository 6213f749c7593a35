package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels that mark an object as owned by one Flux object, e.g. {@code
 * kustomize.toolkit.fluxcd.io/name} and {@code kustomize.toolkit.fluxcd.io/namespace}. Prune only
 * deletes objects still carrying them.
 */
public record OwnerLabels(String group, String name, String namespace) {

  public static OwnerLabels kustomization(String name, String namespace) {
    return new OwnerLabels(ApplyOptions.KUSTOMIZE_GROUP, name, namespace);
  }

  public Map<String, String> labels() {
    return Map.of(group + "/name", name, group + "/namespace", namespace);
  }

  /** Sets the labels on the object (overriding same keys). */
  public void stamp(HasMetadata object) {
    Map<String, String> labels =
        object.getMetadata().getLabels() == null
            ? new HashMap<>()
            : new HashMap<>(object.getMetadata().getLabels());
    labels.putAll(labels());
    object.getMetadata().setLabels(labels);
  }

  /** True when the object carries both labels with these values. */
  public boolean owns(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels != null
        && labels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
