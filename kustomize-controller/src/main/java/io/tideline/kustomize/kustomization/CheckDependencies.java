package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.DependencyReference;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.cel.BooleanExpression;
import io.tideline.runtime.cel.CelLimits;
import io.tideline.runtime.cel.ExpressionCompiler;
import io.tideline.runtime.cel.ExpressionEvaluationException;
import io.tideline.runtime.cel.InvalidExpressionException;
import io.tideline.runtime.kstatus.KstatusEvaluator;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StallingError;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.reconcile.WaitingError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Waits for {@code spec.dependsOn}: each dependency must exist, be Ready at its current generation
 * and, when it uses the same source, have applied the source's current revision. A {@code
 * readyExpr} (CEL over {@code self}, this Kustomization, and {@code dep}, the dependency) replaces
 * that built-in check, or adds to it with the {@code AdditiveCELDependencyCheck} gate. Not ready:
 * Ready False {@code DependencyNotReady} and a retry after {@code --requeue-dependency}. An invalid
 * {@code readyExpr}: Stalled {@code InvalidCELExpression}, no retry.
 */
final class CheckDependencies implements ReconcileStep<KustomizationContext> {

  private static final ExpressionCompiler READY_EXPR =
      ExpressionCompiler.withMapVariables(CelLimits.defaults(), "self", "dep");

  private final KubernetesClient client;
  private final Duration requeueDependency;
  private final boolean additiveCelCheck;

  CheckDependencies(KubernetesClient client, Duration requeueDependency, boolean additiveCelCheck) {
    this.client = client;
    this.requeueDependency = requeueDependency;
    this.additiveCelCheck = additiveCelCheck;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    List<DependencyReference> dependencies = ctx.object.getSpec().getDependsOn();
    if (dependencies == null) {
      return StepResult.CONTINUE;
    }
    for (DependencyReference dependency : dependencies) {
      String namespace =
          dependency.getNamespace() == null || dependency.getNamespace().isEmpty()
              ? ctx.namespace()
              : dependency.getNamespace();
      String subject = "'" + namespace + "/" + dependency.getName() + "'";
      Kustomization other =
          client
              .resources(Kustomization.class)
              .inNamespace(namespace)
              .withName(dependency.getName())
              .get();
      if (other == null) {
        throw notReady("dependency " + subject + " is not ready");
      }
      String readyExpr = dependency.getReadyExpr();
      boolean hasExpr = readyExpr != null && !readyExpr.isEmpty();
      if (hasExpr && !expressionHolds(readyExpr, subject, ctx, other)) {
        throw notReady("dependency " + subject + " is not ready according to readyExpr eval");
      }
      if ((!hasExpr || additiveCelCheck) && !ready(other, ctx)) {
        throw notReady("dependency " + subject + " is not ready");
      }
    }
    return StepResult.CONTINUE;
  }

  private boolean expressionHolds(
      String readyExpr, String subject, KustomizationContext ctx, Kustomization dependency)
      throws ReconcileError {
    BooleanExpression expression;
    try {
      expression = READY_EXPR.compile(readyExpr);
    } catch (InvalidExpressionException e) {
      throw new StallingError(
          Reasons.INVALID_CEL_EXPRESSION,
          CompileHealthChecks.TERMINAL_ERROR
              + "failed to evaluate dependency "
              + subject
              + ": "
              + e.getMessage());
    }
    try {
      return expression.evaluate(
          Map.of(
              "self", KstatusEvaluator.asMap(ctx.object),
              "dep", KstatusEvaluator.asMap(dependency)));
    } catch (ExpressionEvaluationException e) {
      throw notReady("dependency " + subject + ": " + e.getMessage());
    }
  }

  private WaitingError notReady(String message) {
    return new WaitingError(Reasons.DEPENDENCY_NOT_READY, message, requeueDependency);
  }

  private static boolean ready(Kustomization dependency, KustomizationContext ctx) {
    if (dependency.getStatus() == null || dependency.getStatus().getConditions() == null) {
      return false;
    }
    if (!Objects.equals(
        dependency.getMetadata().getGeneration(), dependency.getStatus().getObservedGeneration())) {
      return false;
    }
    boolean readyTrue =
        dependency.getStatus().getConditions().stream()
            .anyMatch(
                (Condition c) ->
                    ConditionTypes.READY.equals(c.getType())
                        && c.getStatus() == ConditionStatus.True);
    if (!readyTrue) {
      return false;
    }
    var mine = ctx.object.getSpec().getSourceRef();
    var theirs = dependency.getSpec().getSourceRef();
    String myNamespace = mine.getNamespace() == null ? ctx.namespace() : mine.getNamespace();
    String theirNamespace =
        theirs.getNamespace() == null
            ? dependency.getMetadata().getNamespace()
            : theirs.getNamespace();
    boolean sameSource =
        mine.getKind() == theirs.getKind()
            && mine.getName().equals(theirs.getName())
            && myNamespace.equals(theirNamespace);
    return !sameSource || ctx.revision().equals(dependency.getStatus().getLastAppliedRevision());
  }
}
