package io.tideline.runtime.ssa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How {@link ServerSideApplier} applies a set of objects.
 *
 * @param force recreate objects whose update fails on an immutable field
 * @param forceSelector objects matching it are recreated on immutable-field errors even without
 *     {@code force}
 * @param exclusionSelector objects matching it are skipped entirely
 * @param ifNotPresentSelector objects matching it are created when missing and never patched
 * @param cleanup metadata stripped from live objects before applying
 * @param customStageKinds {@code group/Kind} entries applied in a stage before other objects
 * @param waitInterval poll period while waiting for CRDs/Namespaces/classes to become ready
 * @param waitTimeout how long to wait for them
 * @param ignoreRules fields whose changes are not drift ({@code spec.ignore})
 * @param concurrency how many objects are read and dry-run in parallel ({@code --concurrent-ssa})
 */
public record ApplyOptions(
    boolean force,
    MetadataSelector forceSelector,
    MetadataSelector exclusionSelector,
    MetadataSelector ifNotPresentSelector,
    MetadataCleanup cleanup,
    Set<String> customStageKinds,
    Duration waitInterval,
    Duration waitTimeout,
    List<DriftIgnoreRule> ignoreRules,
    int concurrency) {

  /** The annotation/label group Flux's kustomize-controller uses. */
  public static final String KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";

  public static final String SSA_KEY = KUSTOMIZE_GROUP + "/ssa";
  public static final String FORCE_KEY = KUSTOMIZE_GROUP + "/force";
  public static final String PRUNE_KEY = KUSTOMIZE_GROUP + "/prune";
  public static final String RECONCILE_KEY = KUSTOMIZE_GROUP + "/reconcile";

  public ApplyOptions {
    customStageKinds = Set.copyOf(customStageKinds);
    ignoreRules = List.copyOf(ignoreRules);
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
  }

  /** No selectors, no cleanup, no force. */
  public static ApplyOptions plain() {
    return new Builder().build();
  }

  /**
   * The options Flux's kustomize-controller uses: {@code ssa: Ignore} and {@code reconcile:
   * disabled} skip, {@code ssa: IfNotPresent} creates only, {@code force: enabled} recreates, and
   * unless {@code ssa: Merge} the managers {@code kubectl*}, {@code before-first-apply} and the
   * controller's own legacy Update entries (plus any {@code overrideManagers}) are taken over.
   */
  public static ApplyOptions kustomizeDefaults(
      String fieldManager, boolean force, List<String> overrideManagers) {
    List<FieldManagerMatcher> managers = new ArrayList<>();
    managers.add(FieldManagerMatcher.prefix("kubectl", "Apply"));
    managers.add(FieldManagerMatcher.prefix("kubectl", "Update"));
    managers.add(FieldManagerMatcher.prefix("before-first-apply", "Update"));
    managers.add(FieldManagerMatcher.prefix(fieldManager, "Update"));
    for (String manager : overrideManagers) {
      managers.add(FieldManagerMatcher.prefix(manager, "Apply"));
      managers.add(FieldManagerMatcher.prefix(manager, "Update"));
    }
    MetadataCleanup cleanup =
        new MetadataCleanup(
            List.of(
                "kubectl.kubernetes.io/last-applied-configuration",
                KUSTOMIZE_GROUP + "/checksum",
                "fluxcd.io/sync-checksum"),
            List.of("fluxcd.io/sync-gc-mark"),
            managers,
            MetadataSelector.of(SSA_KEY, "Merge"));
    Builder builder = new Builder();
    builder.force = force;
    builder.forceSelector = MetadataSelector.of(FORCE_KEY, "enabled");
    builder.exclusionSelector =
        new MetadataSelector(java.util.Map.of(RECONCILE_KEY, "disabled", SSA_KEY, "Ignore"));
    builder.ifNotPresentSelector = MetadataSelector.of(SSA_KEY, "IfNotPresent");
    builder.cleanup = cleanup;
    return builder.build();
  }

  public ApplyOptions withForce(boolean value) {
    Builder builder = new Builder(this);
    builder.force = value;
    return builder.build();
  }

  public ApplyOptions withCustomStageKinds(Set<String> kinds) {
    Builder builder = new Builder(this);
    builder.customStageKinds = kinds;
    return builder.build();
  }

  public ApplyOptions withWaitTimeout(Duration timeout) {
    Builder builder = new Builder(this);
    builder.waitTimeout = timeout;
    return builder.build();
  }

  public ApplyOptions withIgnoreRules(List<DriftIgnoreRule> rules) {
    Builder builder = new Builder(this);
    builder.ignoreRules = rules;
    return builder.build();
  }

  public ApplyOptions withConcurrency(int value) {
    Builder builder = new Builder(this);
    builder.concurrency = value;
    return builder.build();
  }

  /** The components, mutable, starting from {@link #plain()}'s values. */
  private static final class Builder {
    private boolean force;
    private MetadataSelector forceSelector = MetadataSelector.NONE;
    private MetadataSelector exclusionSelector = MetadataSelector.NONE;
    private MetadataSelector ifNotPresentSelector = MetadataSelector.NONE;
    private MetadataCleanup cleanup = MetadataCleanup.NONE;
    private Set<String> customStageKinds = Set.of();
    private Duration waitInterval = Duration.ofSeconds(2);
    private Duration waitTimeout = Duration.ofSeconds(60);
    private List<DriftIgnoreRule> ignoreRules = List.of();
    private int concurrency = 1;

    Builder() {}

    Builder(ApplyOptions from) {
      force = from.force;
      forceSelector = from.forceSelector;
      exclusionSelector = from.exclusionSelector;
      ifNotPresentSelector = from.ifNotPresentSelector;
      cleanup = from.cleanup;
      customStageKinds = from.customStageKinds;
      waitInterval = from.waitInterval;
      waitTimeout = from.waitTimeout;
      ignoreRules = from.ignoreRules;
      concurrency = from.concurrency;
    }

    ApplyOptions build() {
      return new ApplyOptions(
          force,
          forceSelector,
          exclusionSelector,
          ifNotPresentSelector,
          cleanup,
          customStageKinds,
          waitInterval,
          waitTimeout,
          ignoreRules,
          concurrency);
    }
  }
}
