package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates one desired object against the cluster without writing: reads the live object, runs a
 * server-side dry-run apply and decides what the write phase must do ({@link ObjectPlan}). Objects
 * whose kind or namespace is created by the same apply are deferred to their stage.
 */
final class ApplyPlanner {

  private final ClusterObjects objects;

  ApplyPlanner(ClusterObjects objects) {
    this.objects = objects;
  }

  /**
   * Plans one object.
   *
   * @param pendingKinds group-kinds ({@link ObjectRef#groupKind()}) defined by CRDs in the same
   *     apply
   * @param pendingNamespaces namespaces created by the same apply
   * @throws PlanException naming the object and the API server's reason
   */
  ObjectPlan plan(
      GenericKubernetesResource desired,
      ApplyOptions options,
      Set<String> pendingKinds,
      Set<String> pendingNamespaces) {
    ObjectRef ref = ObjectRef.of(desired);
    if (objects.mapper().find(ref).isEmpty()) {
      if (pendingKinds.contains(ref.groupKind())) {
        return ObjectPlan.deferred(ref, desired);
      }
      throw new PlanException(new UnknownKindException(ref).getMessage());
    }
    ObjectRef scoped;
    try {
      scoped = objects.scoped(ref);
    } catch (IllegalArgumentException e) {
      throw new PlanException(e.getMessage());
    }
    if (!scoped.namespace().equals(ref.namespace())) {
      desired.getMetadata().setNamespace(null);
    }
    GenericKubernetesResource live = read(scoped);

    if (options.exclusionSelector().matches(desired)
        || options.exclusionSelector().matches(live)
        || (live != null && options.ifNotPresentSelector().matches(desired))) {
      return new ObjectPlan(scoped, desired, live, PlannedAction.SKIP, List.of(), Optional.empty());
    }

    GenericKubernetesResource dryRun;
    try {
      dryRun = objects.apply(desired, true);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404 && pendingNamespaces.contains(scoped.namespace())) {
        return ObjectPlan.deferred(scoped, desired);
      }
      if (live != null
          && ImmutableFieldErrors.isImmutable(e)
          && (options.force()
              || options.forceSelector().matches(desired)
              || options.forceSelector().matches(live))) {
        return new ObjectPlan(
            scoped, desired, live, PlannedAction.RECREATE, List.of(), Optional.empty());
      }
      throw new PlanException(dryRunFailure(scoped, e));
    }

    Optional<String> cleanup =
        ManagedFieldsCleanup.patch(live, options.cleanup(), objects.fieldManager());
    if (live == null) {
      return new ObjectPlan(scoped, desired, null, PlannedAction.CREATE, List.of(), cleanup);
    }
    IgnoredFields ignored = IgnoredFields.of(options.ignoreRules(), dryRun);
    List<String> drifted =
        ignored.isEmpty()
            ? DriftDetector.driftedFields(live, dryRun)
            : ignored.driftedFields(live, dryRun);
    PlannedAction action = action(drifted, cleanup);
    // ignored fields only shape what is written, so the payload is worked out only for a write
    GenericKubernetesResource payload =
        action == PlannedAction.UPDATE && !ignored.isEmpty()
            ? ignored.payload(desired, live, dryRun, objects.fieldManager())
            : desired;
    return new ObjectPlan(scoped, payload, live, action, drifted, cleanup);
  }

  private static PlannedAction action(List<String> drifted, Optional<String> cleanup) {
    return drifted.isEmpty() && cleanup.isEmpty() ? PlannedAction.NOTHING : PlannedAction.UPDATE;
  }

  private GenericKubernetesResource read(ObjectRef ref) {
    try {
      return objects.get(ref);
    } catch (KubernetesClientException e) {
      throw new PlanException(ref.subject() + " query failed: " + reason(e));
    }
  }

  /** {@code Kind/ns/name dry-run failed (Reason): message}, or the not-found forms Flux uses. */
  static String dryRunFailure(ObjectRef ref, KubernetesClientException e) {
    if (e.getCode() == 404) {
      return ref.subject() + " not found: " + reason(e);
    }
    Status status = e.getStatus();
    String why =
        status == null || status.getReason() == null ? "" : " (" + status.getReason() + ")";
    return ref.subject() + " dry-run failed" + why + ": " + reason(e);
  }

  /** The API server's message, without fabric8's request decoration. */
  static String reason(KubernetesClientException e) {
    Status status = e.getStatus();
    if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
      return status.getMessage();
    }
    return e.getMessage();
  }

  /** A validation failure for one object; the message is ready for a condition. */
  static final class PlanException extends RuntimeException {
    PlanException(String message) {
      super(message);
    }
  }
}
