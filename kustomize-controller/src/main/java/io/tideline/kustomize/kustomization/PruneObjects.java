package io.tideline.kustomize.kustomization;

import io.tideline.api.meta.Reasons;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.ssa.ChangeAction;
import io.tideline.runtime.ssa.Inventory;
import io.tideline.runtime.ssa.ObjectPruner;
import io.tideline.runtime.ssa.ObjectRef;
import io.tideline.runtime.ssa.OwnerLabels;
import java.util.List;

/**
 * Garbage collection with {@code spec.prune}: deletes the objects of the previous inventory that
 * are no longer built, if they still carry this Kustomization's owner labels and do not opt out
 * ({@code prune: disabled}, {@code ssa: Ignore}). Runs only after a successful apply. Objects whose
 * deletion failed stay in the inventory for the next attempt ({@code PruneFailed}).
 */
final class PruneObjects implements ReconcileStep<KustomizationContext> {

  private final EventRecorder events;

  PruneObjects(EventRecorder events) {
    this.events = events;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    if (!ctx.object.getSpec().isPrune()) {
      return StepResult.CONTINUE;
    }
    Inventory current = KustomizationInventory.read(ctx.object);
    List<ObjectRef> stale = ctx.previousInventory.staleAfter(current);
    if (stale.isEmpty()) {
      return StepResult.CONTINUE;
    }
    ObjectPruner.Result result =
        ctx.target.pruner.delete(
            stale,
            OwnerLabels.kustomization(ctx.name(), ctx.namespace()),
            ObjectPruner.KUSTOMIZE_EXCLUSIONS);
    String deleted =
        String.join(
            "\n",
            result.changeSet().entries().stream()
                .filter(e -> e.action() == ChangeAction.DELETED)
                .map(Object::toString)
                .toList());
    if (!deleted.isEmpty()) {
      events.record(
          ctx.object, EventType.Normal, Reasons.PROGRESSING, deleted, EventMetadata.of(ctx));
    }
    if (result.failed()) {
      KustomizationInventory.write(ctx.object, current.plus(result.survivors()));
      throw new GenericError(Reasons.PRUNE_FAILED, String.join("\n", result.errors()));
    }
    return StepResult.CONTINUE;
  }
}
