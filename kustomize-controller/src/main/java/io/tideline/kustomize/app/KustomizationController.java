package io.tideline.kustomize.app;

import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.kustomize.kustomization.KustomizationReconciler;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.reconcile.ReconcileTrigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The QOSDK adapter: JOSDK's informer and work queue feed {@link KustomizationReconciler}. Updates
 * trigger only on a generation change, a new {@code requestedAt} token or a deletion; the requeue
 * comes from the reconciler (interval with jitter, retryInterval, or requeue-dependency). A new
 * artifact revision of a referenced source enqueues at once ({@link SourceWatches}).
 *
 * <p>The reconciler manages Flux's finalizer {@code finalizers.fluxcd.io} itself. JOSDK only
 * accepts finalizer names with a slash and only dispatches deletions to a {@link Cleaner} whose
 * finalizer is present (QOSDK 7.4 ignores {@code triggerReconcilerOnAllEvents}), so JOSDK keeps a
 * second finalizer, {@value #JOSDK_FINALIZER}, that only routes deletions to {@link #cleanup}.
 */
@ControllerConfiguration(
    name = "kustomization",
    finalizerName = KustomizationController.JOSDK_FINALIZER,
    generationAwareEventProcessing = false,
    informer = @Informer(onUpdateFilter = KustomizationController.Trigger.class))
public class KustomizationController implements Reconciler<Kustomization>, Cleaner<Kustomization> {

  /** JOSDK's own finalizer, next to Flux's; removed by JOSDK once cleanup is done. */
  public static final String JOSDK_FINALIZER = "kustomize.toolkit.fluxcd.io/finalizer";

  private final KustomizationReconciler reconciler;
  private final MicrometerReconcileMetrics metrics;
  private final SourceWatches sourceWatches;
  private final ConfigWatches configWatches;

  public KustomizationController(
      KustomizationReconciler reconciler,
      MicrometerReconcileMetrics metrics,
      SourceWatches sourceWatches,
      ConfigWatches configWatches) {
    this.reconciler = reconciler;
    this.metrics = metrics;
    this.sourceWatches = sourceWatches;
    this.configWatches = configWatches;
  }

  @Override
  public UpdateControl<Kustomization> reconcile(
      Kustomization resource, Context<Kustomization> context) {
    return run(resource)
        .requeueAfter()
        .map(d -> UpdateControl.<Kustomization>noUpdate().rescheduleAfter(d))
        .orElseGet(UpdateControl::noUpdate);
  }

  /**
   * Watches the artifact sources for new revisions and labelled ConfigMaps and Secrets for changes.
   */
  @Override
  public List<EventSource<?, Kustomization>> prepareEventSources(
      EventSourceContext<Kustomization> context) {
    List<EventSource<?, Kustomization>> sources =
        new ArrayList<>(sourceWatches.eventSources(context));
    sources.addAll(configWatches.eventSources(context));
    return sources;
  }

  @Override
  public DeleteControl cleanup(Kustomization resource, Context<Kustomization> context) {
    ReconcileResult result = run(resource);
    if (result.requeueAfter().isPresent()) {
      return DeleteControl.noFinalizerRemoval().rescheduleAfter(result.requeueAfter().get());
    }
    metrics.forget(
        Kustomization.KIND,
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName());
    return DeleteControl.defaultDelete();
  }

  private ReconcileResult run(Kustomization resource) {
    String namespace = resource.getMetadata().getNamespace();
    String name = resource.getMetadata().getName();
    long start = System.nanoTime();
    try {
      return reconciler.reconcile(namespace, name);
    } finally {
      metrics.recordDuration(
          Kustomization.KIND, namespace, name, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * Flux's predicates (generation changed, requestedAt changed, deletion started), plus JOSDK's
   * finalizer just added: JOSDK adds it in a dispatch of its own and reconciles on the next event.
   */
  public static final class Trigger implements OnUpdateFilter<Kustomization> {
    @Override
    public boolean accept(Kustomization newResource, Kustomization oldResource) {
      boolean deleting =
          newResource.getMetadata().getDeletionTimestamp() != null
              && oldResource.getMetadata().getDeletionTimestamp() == null;
      boolean finalizerAdded =
          newResource.hasFinalizer(JOSDK_FINALIZER) && !oldResource.hasFinalizer(JOSDK_FINALIZER);
      return deleting
          || finalizerAdded
          || ReconcileTrigger.shouldReconcile(oldResource, newResource);
    }
  }
}
