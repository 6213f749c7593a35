package io.tideline.kustomize.kustomization;

import io.tideline.controller.flags.FeatureGates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controller-wide settings the Kustomization steps need, from Flux's flags.
 *
 * @param noCrossNamespaceRefs {@code --no-cross-namespace-refs}
 * @param requeueDependency {@code --requeue-dependency}
 * @param overrideManagers {@code --override-manager}
 * @param customStageKinds {@code --custom-apply-stage-kinds} as {@code group/Kind}
 * @param healthPollInterval how often health checks poll (Flux: 5s)
 * @param concurrentSsa {@code --concurrent-ssa}: objects dry-run in parallel per reconcile
 * @param featureGates {@code --feature-gates}
 * @param sopsAgeSecret {@code --sops-age-secret} in the controller's namespace, if set
 */
public record KustomizationSettings(
    boolean noCrossNamespaceRefs,
    Duration requeueDependency,
    List<String> overrideManagers,
    Set<String> customStageKinds,
    Duration healthPollInterval,
    int concurrentSsa,
    FeatureGates featureGates,
    Optional<SopsAgeSecret> sopsAgeSecret) {

  public KustomizationSettings {
    overrideManagers = List.copyOf(overrideManagers);
    customStageKinds = Set.copyOf(customStageKinds);
    sopsAgeSecret = sopsAgeSecret == null ? Optional.empty() : sopsAgeSecret;
  }

  /** Flux's defaults. */
  public static KustomizationSettings defaults() {
    return new Builder().build();
  }

  /** Gate {@code StrictPostBuildSubstitutions} (default on): undefined variables fail the build. */
  boolean strictSubstitution() {
    return featureGates.enabled("StrictPostBuildSubstitutions", true);
  }

  /**
   * Gate {@code AdditiveCELDependencyCheck} (default off): a {@code dependsOn[].readyExpr} adds to
   * the built-in readiness check instead of replacing it.
   */
  boolean additiveCelDependencyCheck() {
    return featureGates.enabled("AdditiveCELDependencyCheck", false);
  }

  /** Gate {@code ExternalArtifact} (default off): ExternalArtifact sources are accepted. */
  public boolean allowExternalArtifact() {
    return featureGates.enabled(ResolveSource.EXTERNAL_ARTIFACT, false);
  }

  public KustomizationSettings withNoCrossNamespaceRefs(boolean value) {
    return new Builder(this).noCrossNamespaceRefs(value).build();
  }

  public KustomizationSettings withHealthPollInterval(Duration value) {
    return new Builder(this).healthPollInterval(value).build();
  }

  /** These settings with feature gate {@code name} set. */
  public KustomizationSettings withFeatureGate(String name, boolean value) {
    return new Builder(this).featureGates(featureGates.with(name, value)).build();
  }

  public KustomizationSettings withSopsAgeSecret(Optional<SopsAgeSecret> value) {
    return new Builder(this).sopsAgeSecret(value).build();
  }

  /** A copy to change one setting at a time; starts from Flux's defaults. */
  static final class Builder {
    private boolean noCrossNamespaceRefs;
    private Duration requeueDependency = Duration.ofSeconds(30);
    private List<String> overrideManagers = List.of();
    private Set<String> customStageKinds = Set.of();
    private Duration healthPollInterval = Duration.ofSeconds(5);
    private int concurrentSsa = 4;
    private FeatureGates featureGates = new FeatureGates(Map.of());
    private Optional<SopsAgeSecret> sopsAgeSecret = Optional.empty();

    Builder() {}

    Builder(KustomizationSettings from) {
      noCrossNamespaceRefs = from.noCrossNamespaceRefs;
      requeueDependency = from.requeueDependency;
      overrideManagers = from.overrideManagers;
      customStageKinds = from.customStageKinds;
      healthPollInterval = from.healthPollInterval;
      concurrentSsa = from.concurrentSsa;
      featureGates = from.featureGates;
      sopsAgeSecret = from.sopsAgeSecret;
    }

    Builder noCrossNamespaceRefs(boolean value) {
      noCrossNamespaceRefs = value;
      return this;
    }

    Builder healthPollInterval(Duration value) {
      healthPollInterval = value;
      return this;
    }

    Builder featureGates(FeatureGates value) {
      featureGates = value;
      return this;
    }

    Builder sopsAgeSecret(Optional<SopsAgeSecret> value) {
      sopsAgeSecret = value;
      return this;
    }

    KustomizationSettings build() {
      return new KustomizationSettings(
          noCrossNamespaceRefs,
          requeueDependency,
          overrideManagers,
          customStageKinds,
          healthPollInterval,
          concurrentSsa,
          featureGates,
          sopsAgeSecret);
    }
  }
}
