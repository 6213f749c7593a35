package io.tideline.source.app;

import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.runtime.metrics.ReconcileMetrics;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.reconcile.ReconcileTrigger;
import io.tideline.source.gitrepository.GitRepositoryReconciler;
import java.time.Duration;

/**
 * The QOSDK adapter: JOSDK's informer and work queue feed {@link GitRepositoryReconciler}, which
 * manages Flux's finalizer {@code finalizers.fluxcd.io} itself (JOSDK insists on a domain-qualified
 * name), hence every event, deletions included, reaches it. Updates trigger only on a generation
 * change, a new {@code requestedAt} token or a deletion; the requeue comes from the reconciler
 * (interval with jitter, or backoff).
 */
@ControllerConfiguration(
    name = GitRepositoryController.NAME,
    generationAwareEventProcessing = false,
    triggerReconcilerOnAllEvents = true,
    informer = @Informer(onUpdateFilter = GitRepositoryController.Trigger.class))
public class GitRepositoryController implements Reconciler<GitRepository> {

  /** The QOSDK controller name, which {@code quarkus.operator-sdk.controllers.*} keys use. */
  public static final String NAME = "gitrepository";

  private final GitRepositoryReconciler reconciler;
  private final ReconcileMetrics metrics;

  public GitRepositoryController(GitRepositoryReconciler reconciler, ReconcileMetrics metrics) {
    this.reconciler = reconciler;
    this.metrics = metrics;
  }

  @Override
  public UpdateControl<GitRepository> reconcile(
      GitRepository resource, Context<GitRepository> context) {
    if (context.isPrimaryResourceDeleted()) {
      metrics.forget(
          resource.getKind(),
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName());
      return UpdateControl.noUpdate();
    }
    long start = System.nanoTime();
    ReconcileResult result;
    try {
      result = run(resource);
    } finally {
      metrics.recordDuration(
          resource.getKind(),
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName(),
          Duration.ofNanos(System.nanoTime() - start));
    }
    return result
        .requeueAfter()
        .map(d -> UpdateControl.<GitRepository>noUpdate().rescheduleAfter(d))
        .orElseGet(UpdateControl::noUpdate);
  }

  private ReconcileResult run(GitRepository resource) {
    return reconciler.reconcile(
        resource.getMetadata().getNamespace(), resource.getMetadata().getName());
  }

  /** Flux's predicates: generation changed, requestedAt changed, or deletion started. */
  public static final class Trigger implements OnUpdateFilter<GitRepository> {
    @Override
    public boolean accept(GitRepository newResource, GitRepository oldResource) {
      boolean deleting =
          newResource.getMetadata().getDeletionTimestamp() != null
              && oldResource.getMetadata().getDeletionTimestamp() == null;
      return deleting || ReconcileTrigger.shouldReconcile(oldResource, newResource);
    }
  }
}
