package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Fields whose changes do not count as drift ({@code spec.ignore} of a Kustomization): JSON
 * pointers, applied to the objects the target matches (every object when it has none).
 *
 * @param paths RFC 6901 pointers; {@code ""} ignores the whole object
 * @param target which objects the rule applies to, tested on the dry-run result
 */
public record DriftIgnoreRule(List<String> paths, Predicate<GenericKubernetesResource> target) {

  public DriftIgnoreRule {
    paths = List.copyOf(paths);
    paths.forEach(JsonPointer::parse);
    Objects.requireNonNull(target, "target");
  }
}
