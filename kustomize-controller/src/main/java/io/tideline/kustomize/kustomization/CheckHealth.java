package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.NamespacedObjectKindReference;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.ssa.ChangeAction;
import io.tideline.runtime.ssa.HealthWaiter;
import io.tideline.runtime.ssa.ObjectRef;
import io.tideline.runtime.timing.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Health checks with kstatus: with {@code spec.wait} every applied object (except skipped ones and
 * the Kustomization itself), else the {@code spec.healthChecks} objects, polled every 5s until all
 * are Current, one Failed, or {@code timeout}. Objects a {@code spec.healthCheckExprs} entry covers
 * are judged by its CEL expressions instead of kstatus. Owns {@code Healthy}: True {@code
 * Succeeded}, False {@code HealthCheckFailed}; removed when no health checks are configured.
 */
final class CheckHealth implements ReconcileStep<KustomizationContext> {

  private final Duration pollInterval;

  CheckHealth(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    List<ObjectRef> refs = targets(ctx);
    if (refs.isEmpty()) {
      ctx.conditions.delete(ConditionTypes.HEALTHY);
      return StepResult.CONTINUE;
    }
    Duration timeout = KustomizationTimeouts.timeout(ctx.object);
    boolean wasHealthy = ctx.conditions.isTrue(ConditionTypes.HEALTHY);
    String running =
        "Running health checks for revision "
            + ctx.revision()
            + " with a timeout of "
            + GoDuration.format(timeout);
    ctx.progress(running);
    long start = System.nanoTime();
    Optional<String> failure =
        ctx.target.health.await(
            refs,
            new HealthWaiter.Options(
                pollInterval, timeout, true, jobsWithTtl(ctx), ctx.healthChecks));
    if (failure.isPresent()) {
      ctx.conditions.markFalse(ConditionTypes.HEALTHY, Reasons.HEALTH_CHECK_FAILED, failure.get());
      throw new GenericError(Reasons.HEALTH_CHECK_FAILED, failure.get());
    }
    if (!wasHealthy) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      ctx.conditions.markTrue(
          ConditionTypes.HEALTHY,
          Reasons.SUCCEEDED,
          "Health check passed in " + GoDuration.format(took));
    }
    return StepResult.CONTINUE;
  }

  private static List<ObjectRef> targets(KustomizationContext ctx) {
    if (ctx.object.getSpec().isWait()) {
      return ctx.applied.entries().stream()
          .filter(e -> e.action() != ChangeAction.SKIPPED)
          .map(e -> e.ref())
          .filter(
              r ->
                  !(r.kind().equals("Kustomization")
                      && r.name().equals(ctx.name())
                      && r.namespace().equals(ctx.namespace())))
          .toList();
    }
    List<NamespacedObjectKindReference> checks = ctx.object.getSpec().getHealthChecks();
    if (checks == null) {
      return List.of();
    }
    return checks.stream()
        .map(
            c -> {
              String apiVersion = c.getApiVersion() == null ? "" : c.getApiVersion();
              int slash = apiVersion.indexOf('/');
              return new ObjectRef(
                  slash < 0 ? "" : apiVersion.substring(0, slash),
                  slash < 0 ? apiVersion : apiVersion.substring(slash + 1),
                  c.getKind(),
                  c.getNamespace() == null || c.getNamespace().isEmpty()
                      ? ctx.namespace()
                      : c.getNamespace(),
                  c.getName());
            })
        .toList();
  }

  private static Set<String> jobsWithTtl(KustomizationContext ctx) {
    return ctx.objects.stream()
        .filter(o -> "Job".equals(o.getKind()))
        .filter(
            o ->
                o.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec
                    && spec.get("ttlSecondsAfterFinished") != null)
        .map(GenericKubernetesResource.class::cast)
        .map(o -> ObjectRef.of(o).inventoryId())
        .collect(Collectors.toSet());
  }
}
