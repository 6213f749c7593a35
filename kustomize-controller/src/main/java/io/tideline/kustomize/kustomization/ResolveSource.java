package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.tideline.api.kustomize.v1.CrossNamespaceSourceReference;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StallingError;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.reconcile.WaitingError;
import java.time.Duration;

/**
 * Finds the source named by {@code spec.sourceRef} and its artifact. A source in another namespace
 * under {@code --no-cross-namespace-refs}, or an ExternalArtifact while the {@code
 * ExternalArtifact} feature gate is off, stalls with {@code AccessDenied}; a missing source or one
 * without an artifact waits {@code --requeue-dependency} with {@code ArtifactFailed}.
 */
final class ResolveSource implements ReconcileStep<KustomizationContext> {

  /** The source kind (and the feature gate) that only resolves when the gate is on. */
  static final String EXTERNAL_ARTIFACT = "ExternalArtifact";

  private final SourceObjects sources;
  private final boolean noCrossNamespaceRefs;
  private final boolean allowExternalArtifact;
  private final Duration requeueDependency;

  ResolveSource(SourceObjects sources, KustomizationSettings settings) {
    this.sources = sources;
    this.noCrossNamespaceRefs = settings.noCrossNamespaceRefs();
    this.allowExternalArtifact = settings.allowExternalArtifact();
    this.requeueDependency = settings.requeueDependency();
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    CrossNamespaceSourceReference ref = ctx.object.getSpec().getSourceRef();
    String kind = ref.getKind().toString();
    String namespace =
        ref.getNamespace() == null || ref.getNamespace().isEmpty()
            ? ctx.namespace()
            : ref.getNamespace();
    ctx.sourceSubject = kind + "/" + namespace + "/" + ref.getName();
    String quoted = "'" + kind + "/" + namespace + "/" + ref.getName() + "'";
    if (noCrossNamespaceRefs && !namespace.equals(ctx.namespace())) {
      throw new StallingError(
          Reasons.ACCESS_DENIED,
          "can't access " + quoted + ", cross-namespace references have been blocked");
    }
    if (kind.equals(EXTERNAL_ARTIFACT) && !allowExternalArtifact) {
      throw new StallingError(
          Reasons.ACCESS_DENIED,
          "can't access " + quoted + ", " + EXTERNAL_ARTIFACT + " feature gate is disabled");
    }
    GenericKubernetesResource source =
        sources
            .get(kind, namespace, ref.getName())
            .orElseThrow(
                () ->
                    new WaitingError(
                        Reasons.ARTIFACT_FAILED,
                        "Source '" + ctx.sourceSubject + "' not found",
                        requeueDependency));
    ctx.artifact =
        SourceObjects.artifact(source)
            .orElseThrow(
                () ->
                    new WaitingError(
                        Reasons.ARTIFACT_FAILED,
                        "Source '" + ctx.sourceSubject + "' is not ready, artifact not found",
                        requeueDependency));
    return StepResult.CONTINUE;
  }
}
