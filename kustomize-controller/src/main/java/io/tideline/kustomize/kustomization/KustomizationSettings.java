package io.tideline.kustomize.kustomization;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The controller-wide settings the Kustomization steps need, from Flux's flags.
 *
 * @param noCrossNamespaceRefs {@code --no-cross-namespace-refs}
 * @param requeueDependency {@code --requeue-dependency}
 * @param strictSubstitution feature gate {@code StrictPostBuildSubstitutions} (default true)
 * @param overrideManagers {@code --override-manager}
 * @param customStageKinds {@code --custom-apply-stage-kinds} as {@code group/Kind}
 * @param healthPollInterval how often health checks poll (Flux: 5s)
 * @param concurrentSsa {@code --concurrent-ssa}: objects dry-run in parallel per reconcile
 * @param additiveCelDependencyCheck feature gate {@code AdditiveCELDependencyCheck} (default
 *     false): a {@code dependsOn[].readyExpr} adds to the built-in readiness check instead of
 *     replacing it
 */
public record KustomizationSettings(
    boolean noCrossNamespaceRefs,
    Duration requeueDependency,
    boolean strictSubstitution,
    List<String> overrideManagers,
    Set<String> customStageKinds,
    Duration healthPollInterval,
    int concurrentSsa,
    boolean additiveCelDependencyCheck) {

  public KustomizationSettings {
    overrideManagers = List.copyOf(overrideManagers);
    customStageKinds = Set.copyOf(customStageKinds);
  }

  /** Flux's defaults. */
  public static KustomizationSettings defaults() {
    return new KustomizationSettings(
        false, Duration.ofSeconds(30), true, List.of(), Set.of(), Duration.ofSeconds(5), 4, false);
  }

  public KustomizationSettings withNoCrossNamespaceRefs(boolean value) {
    return new KustomizationSettings(
        value,
        requeueDependency,
        strictSubstitution,
        overrideManagers,
        customStageKinds,
        healthPollInterval,
        concurrentSsa,
        additiveCelDependencyCheck);
  }

  public KustomizationSettings withHealthPollInterval(Duration value) {
    return new KustomizationSettings(
        noCrossNamespaceRefs,
        requeueDependency,
        strictSubstitution,
        overrideManagers,
        customStageKinds,
        value,
        concurrentSsa,
        additiveCelDependencyCheck);
  }

  public KustomizationSettings withAdditiveCelDependencyCheck(boolean value) {
    return new KustomizationSettings(
        noCrossNamespaceRefs,
        requeueDependency,
        strictSubstitution,
        overrideManagers,
        customStageKinds,
        healthPollInterval,
        concurrentSsa,
        value);
  }
}
