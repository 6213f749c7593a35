package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies {@link DriftIgnoreRule}s to one object, as Flux's SSA manager does: ignored fields are
 * left out of the drift comparison, and when the object is applied anyway each ignored field that
 * differs is either stripped from the payload (another Apply manager owns it, so ownership is left
 * to that manager) or set to the live value (this controller is its only Apply owner, so applying
 * keeps what is in the cluster).
 */
final class IgnoredFields {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final List<JsonPointer> pointers;

  private IgnoredFields(List<JsonPointer> pointers) {
    this.pointers = pointers;
  }

  /** The ignored fields of the object whose dry-run result is {@code dryRun}. */
  static IgnoredFields of(List<DriftIgnoreRule> rules, GenericKubernetesResource dryRun) {
    List<JsonPointer> pointers = new ArrayList<>();
    for (DriftIgnoreRule rule : rules) {
      if (rule.target().test(dryRun)) {
        rule.paths().forEach(path -> pointers.add(JsonPointer.parse(path)));
      }
    }
    return new IgnoredFields(pointers);
  }

  boolean isEmpty() {
    return pointers.isEmpty();
  }

  /** The drifted fields between live and dry-run, the ignored ones left out. */
  List<String> driftedFields(GenericKubernetesResource live, GenericKubernetesResource dryRun) {
    if (pointers.stream().anyMatch(JsonPointer::isRoot)) {
      return List.of();
    }
    return DriftDetector.driftedFields(without(live), without(dryRun));
  }

  /**
   * The payload to apply: {@code desired} with each ignored field that differs between live and
   * dry-run stripped (owned by another Apply manager) or set to its live value.
   */
  GenericKubernetesResource payload(
      GenericKubernetesResource desired,
      GenericKubernetesResource live,
      GenericKubernetesResource dryRun,
      String fieldManager) {
    Map<String, Object> liveTree = tree(live);
    Map<String, Object> dryRunTree = tree(dryRun);
    Map<String, Object> payload = tree(desired);
    ApplyFieldOwners owners = new ApplyFieldOwners(live, liveTree);
    for (JsonPointer pointer : pointers) {
      if (pointer.isRoot()) {
        continue;
      }
      Optional<Object> liveValue = pointer.get(liveTree);
      if (Objects.equals(liveValue, pointer.get(dryRunTree))) {
        continue;
      }
      if (owners.ownedByOtherThan(fieldManager, pointer) || liveValue.isEmpty()) {
        pointer.remove(payload);
      } else {
        pointer.replace(payload, liveValue.get());
      }
    }
    return JSON.convertValue(payload, GenericKubernetesResource.class);
  }

  private GenericKubernetesResource without(GenericKubernetesResource object) {
    Map<String, Object> tree = tree(object);
    pointers.forEach(pointer -> pointer.remove(tree));
    return JSON.convertValue(tree, GenericKubernetesResource.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tree(GenericKubernetesResource object) {
    return JSON.convertValue(object, Map.class);
  }
}
