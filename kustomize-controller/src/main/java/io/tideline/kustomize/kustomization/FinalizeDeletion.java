package io.tideline.kustomize.kustomization;

import io.tideline.api.kustomize.v1.DeletionPolicy;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Reasons;
import io.tideline.kustomize.remote.KubeConfigException;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import io.tideline.runtime.ssa.ChangeAction;
import io.tideline.runtime.ssa.Inventory;
import io.tideline.runtime.ssa.ObjectPruner;
import io.tideline.runtime.ssa.ObjectRef;
import io.tideline.runtime.ssa.OwnerLabels;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What happens to a Kustomization's objects when it is deleted ({@code spec.deletionPolicy}):
 * MirrorPrune deletes them iff {@code spec.prune}; Delete deletes them; WaitForTermination deletes
 * them and waits up to {@code timeout} until they are gone; Orphan leaves them. A suspended
 * Kustomization or an empty inventory deletes nothing. Deletion goes to the same cluster and
 * identity as the apply ({@code spec.kubeConfig}, impersonation); while that cluster's kubeconfig
 * cannot be read, deletion is retried with a warning event, as Flux does. When the ServiceAccount
 * to impersonate no longer exists, nothing is pruned: a warning event lists the objects left behind
 * and the finalizer goes.
 */
final class FinalizeDeletion {

  private final TargetClusters targets;
  private final EventRecorder events;

  FinalizeDeletion(TargetClusters targets, EventRecorder events) {
    this.targets = targets;
    this.events = events;
  }

  /** Prunes per policy; returns false when deleting failed and must be retried. */
  boolean run(Kustomization object) {
    Inventory inventory = KustomizationInventory.read(object);
    if (!shouldDelete(object, inventory)) {
      return true;
    }
    Map<String, String> metadata = revisionMetadata(object);
    if (!targets.canImpersonate(object)) {
      events.record(
          object,
          EventType.Warning,
          Reasons.PRUNE_FAILED,
          "unable to prune objects: \n"
              + inventory.refs().stream().map(ObjectRef::subject).collect(Collectors.joining("\n")),
          metadata);
      return true;
    }
    TargetCluster target;
    try {
      target = targets.forKustomization(object);
    } catch (KubeConfigException e) {
      events.record(
          object,
          EventType.Warning,
          Reasons.PRUNE_FAILED,
          "pruning for deleted resource failed: " + e.getMessage(),
          metadata);
      return false;
    }
    try {
      return prune(object, inventory, target, metadata);
    } finally {
      targets.release(target);
    }
  }

  private boolean prune(
      Kustomization object,
      Inventory inventory,
      TargetCluster target,
      Map<String, String> metadata) {
    ObjectPruner.Result result =
        target.pruner.delete(
            inventory.refs(),
            OwnerLabels.kustomization(
                object.getMetadata().getName(), object.getMetadata().getNamespace()),
            ObjectPruner.KUSTOMIZE_EXCLUSIONS);
    if (result.failed()) {
      events.record(
          object,
          EventType.Warning,
          Reasons.PRUNE_FAILED,
          "pruning for deleted resource failed: " + String.join("; ", result.errors()),
          metadata);
      return false;
    }
    List<String> deleted =
        result.changeSet().entries().stream()
            .filter(e -> e.action() == ChangeAction.DELETED)
            .map(Object::toString)
            .toList();
    if (!deleted.isEmpty()) {
      events.record(
          object, EventType.Normal, Reasons.PROGRESSING, String.join("\n", deleted), metadata);
    }
    if (object.getSpec().getDeletionPolicy() == DeletionPolicy.WAIT_FOR_TERMINATION) {
      List<String> remaining =
          target.pruner.awaitTermination(
              result.changeSet(), Duration.ofSeconds(2), KustomizationTimeouts.timeout(object));
      if (!remaining.isEmpty()) {
        events.record(
            object,
            EventType.Warning,
            Reasons.PRUNE_FAILED,
            "failed to wait for resources termination: " + String.join(", ", remaining),
            metadata);
      }
    }
    return true;
  }

  static boolean shouldDelete(Kustomization object, Inventory inventory) {
    if (object.getSpec().isSuspend() || inventory.isEmpty()) {
      return false;
    }
    DeletionPolicy policy =
        object.getSpec().getDeletionPolicy() == null
            ? DeletionPolicy.MIRROR_PRUNE
            : object.getSpec().getDeletionPolicy();
    return switch (policy) {
      case MIRROR_PRUNE -> object.getSpec().isPrune();
      case DELETE, WAIT_FOR_TERMINATION -> true;
      case ORPHAN -> false;
    };
  }

  private static Map<String, String> revisionMetadata(Kustomization object) {
    String revision =
        object.getStatus() == null ? null : object.getStatus().getLastAppliedRevision();
    return revision == null || revision.isEmpty() ? Map.of() : Map.of("revision", revision);
  }
}
