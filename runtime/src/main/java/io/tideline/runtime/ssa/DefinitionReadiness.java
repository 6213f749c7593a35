package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * Whether an object applied in a waiting stage can be used by later stages: a CRD once its {@code
 * Established} condition is True, a Namespace once its phase is {@code Active}, anything else once
 * it exists.
 */
final class DefinitionReadiness {

  private DefinitionReadiness() {}

  static boolean isReady(ObjectRef ref, GenericKubernetesResource live) {
    if (live == null) {
      return false;
    }
    Object status = live.getAdditionalProperties().get("status");
    if (ApplyStage.isCrd(ref)) {
      return status instanceof Map<?, ?> s
          && s.get("conditions") instanceof List<?> conditions
          && conditions.stream()
              .anyMatch(
                  c ->
                      c instanceof Map<?, ?> m
                          && "Established".equals(m.get("type"))
                          && "True".equals(m.get("status")));
    }
    if (ref.kind().equals("Namespace") && ref.group().isEmpty()) {
      return status instanceof Map<?, ?> s && "Active".equals(s.get("phase"));
    }
    return true;
  }
}
