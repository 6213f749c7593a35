package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.DependencyReference;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.reconcile.WaitingError;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Waits for {@code spec.dependsOn}: each dependency must exist, be Ready at its current generation
 * and, when it uses the same source, have applied the source's current revision. Otherwise Ready
 * False {@code DependencyNotReady} and a retry after {@code --requeue-dependency}.
 */
final class CheckDependencies implements ReconcileStep<KustomizationContext> {

  private final KubernetesClient client;
  private final Duration requeueDependency;

  CheckDependencies(KubernetesClient client, Duration requeueDependency) {
    this.client = client;
    this.requeueDependency = requeueDependency;
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
      Kustomization other =
          client
              .resources(Kustomization.class)
              .inNamespace(namespace)
              .withName(dependency.getName())
              .get();
      if (!ready(other, ctx)) {
        throw new WaitingError(
            Reasons.DEPENDENCY_NOT_READY,
            "dependency '" + namespace + "/" + dependency.getName() + "' is not ready",
            requeueDependency);
      }
    }
    return StepResult.CONTINUE;
  }

  private static boolean ready(Kustomization dependency, KustomizationContext ctx) {
    if (dependency == null
        || dependency.getStatus() == null
        || dependency.getStatus().getConditions() == null) {
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
