package io.tideline.kustomize.app;

import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Annotations;
import io.tideline.kustomize.kustomization.KustomizationReconciler;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.reconcile.ReconcileTrigger;
import java.time.Duration;

/**
 * The QOSDK adapter: JOSDK's informer and work queue feed {@link KustomizationReconciler}. Updates
 * trigger only on a generation change, a new {@code requestedAt} token or a deletion; the requeue
 * comes from the reconciler (interval with jitter, retryInterval, or requeue-dependency).
 */
@ControllerConfiguration(
    name = "kustomization",
    finalizerName = Annotations.FINALIZER,
    generationAwareEventProcessing = false,
    informer = @Informer(onUpdateFilter = KustomizationController.Trigger.class))
public class KustomizationController implements Reconciler<Kustomization>, Cleaner<Kustomization> {

  private final KustomizationReconciler reconciler;
  private final MicrometerReconcileMetrics metrics;

  public KustomizationController(
      KustomizationReconciler reconciler, MicrometerReconcileMetrics metrics) {
    this.reconciler = reconciler;
    this.metrics = metrics;
  }

  @Override
  public UpdateControl<Kustomization> reconcile(
      Kustomization resource, Context<Kustomization> context) {
    ReconcileResult result = run(resource);
    return result
        .requeueAfter()
        .map(d -> UpdateControl.<Kustomization>noUpdate().rescheduleAfter(d))
        .orElseGet(UpdateControl::noUpdate);
  }

  @Override
  public DeleteControl cleanup(Kustomization resource, Context<Kustomization> context) {
    ReconcileResult result = run(resource);
    metrics.forget(
        Kustomization.KIND,
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName());
    return result
        .requeueAfter()
        .filter(d -> d.compareTo(Duration.ZERO) > 0)
        .map(d -> DeleteControl.noFinalizerRemoval().rescheduleAfter(d))
        .orElseGet(DeleteControl::noFinalizerRemoval);
  }

  private ReconcileResult run(Kustomization resource) {
    long start = System.nanoTime();
    try {
      return reconciler.reconcile(
          resource.getMetadata().getNamespace(), resource.getMetadata().getName());
    } finally {
      metrics.recordDuration(
          Kustomization.KIND,
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Flux's predicates: generation changed, requestedAt changed, or deletion started. */
  public static final class Trigger implements OnUpdateFilter<Kustomization> {
    @Override
    public boolean accept(Kustomization newResource, Kustomization oldResource) {
      boolean deleting =
          newResource.getMetadata().getDeletionTimestamp() != null
              && oldResource.getMetadata().getDeletionTimestamp() == null;
      return deleting || ReconcileTrigger.shouldReconcile(oldResource, newResource);
    }
  }
}
