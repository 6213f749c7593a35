package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one desired object: the action to take, the live object, the fields
 * that drifted, and the metadata-cleanup patch to send first (if any).
 */
record ObjectPlan(
    ObjectRef ref,
    GenericKubernetesResource desired,
    GenericKubernetesResource live,
    PlannedAction action,
    List<String> driftedFields,
    Optional<String> cleanupPatch) {

  static ObjectPlan deferred(ObjectRef ref, GenericKubernetesResource desired) {
    return new ObjectPlan(ref, desired, null, PlannedAction.DEFERRED, List.of(), Optional.empty());
  }

  /** The change-set entry this plan produces once carried out. */
  ChangeSetEntry entry() {
    ChangeAction action =
        switch (this.action) {
          case SKIP -> ChangeAction.SKIPPED;
          case NOTHING -> ChangeAction.UNCHANGED;
          case CREATE, RECREATE -> ChangeAction.CREATED;
          case UPDATE -> ChangeAction.CONFIGURED;
          case DEFERRED -> ChangeAction.UNKNOWN;
        };
    return new ChangeSetEntry(ref, action, driftedFields);
  }
}
