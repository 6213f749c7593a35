package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.cel.CustomHealthChecks;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import io.tideline.runtime.reconcile.HistoryEntry;
import io.tideline.runtime.ssa.ChangeSet;
import io.tideline.runtime.ssa.Inventory;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import io.tideline.sops.SopsDecryptor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one Kustomization reconcile, handed from step to step: the object and its
 * conditions, the source artifact, the build directory, the built objects, the cluster they go to,
 * what was applied and the inventories before and after.
 */
final class KustomizationContext {

  final Kustomization object;
  final Conditions conditions;
  final Path workDir;
  private final StatusWriter statusWriter;
  private final ReadySummarizer summarizer;
  private StatusSnapshot snapshot;

  /** The compiled {@code spec.healthCheckExprs} (set by {@link CompileHealthChecks}). */
  CustomHealthChecks healthChecks = CustomHealthChecks.none();

  /** The source's artifact (set by {@link ResolveSource}). */
  Artifact artifact;

  /** {@code Kind/namespace/name} of the source. */
  String sourceSubject;

  /** The directory to build, inside the extracted artifact (set by {@link FetchArtifact}). */
  Path buildDir;

  /** The extracted artifact root. */
  Path artifactRoot;

  /** The SOPS keys, when {@code spec.decryption} is set (set by {@link DecryptSources}). */
  SopsDecryptor decryptor;

  /** The built, substituted objects (set by {@link BuildManifests}). */
  List<GenericKubernetesResource> objects = List.of();

  /** Each built object as the Kustomize engine printed it (scalar styles kept), same order. */
  List<String> renderedYaml = List.of();

  /**
   * The checksum of the manifest set about to be applied (set by {@link ApplyManifests}); null when
   * the reconcile stopped before that, so no history is recorded.
   */
  String manifestDigest;

  /** Where to apply, under impersonation (set by {@link ApplyManifests}). */
  TargetCluster target;

  /** What the apply did. */
  ChangeSet applied;

  /** The inventory before this reconcile. */
  final Inventory previousInventory;

  KustomizationContext(
      Kustomization object,
      Conditions conditions,
      Path workDir,
      StatusWriter statusWriter,
      ReadySummarizer summarizer,
      StatusSnapshot snapshot,
      Inventory previousInventory) {
    this.object = object;
    this.conditions = conditions;
    this.workDir = workDir;
    this.statusWriter = statusWriter;
    this.summarizer = summarizer;
    this.snapshot = snapshot;
    this.previousInventory = previousInventory;
  }

  String namespace() {
    return object.getMetadata().getNamespace();
  }

  String name() {
    return object.getMetadata().getName();
  }

  String revision() {
    return artifact == null ? "" : artifact.getRevision();
  }

  /** The artifact's origin revision (OCI metadata), if any. */
  Optional<String> originRevision() {
    return Optional.ofNullable(artifact)
        .map(Artifact::getMetadata)
        .map(m -> m.get("org.opencontainers.image.revision"));
  }

  /**
   * Shows progress: updates the Reconciling message and patches status now, but only when the
   * reconcile already started with new work (Reconciling True), so an up-to-date object is never
   * written by a no-op reconcile.
   */
  void progress(String message) {
    if (!conditions.isTrue(ConditionTypes.RECONCILING)) {
      return;
    }
    conditions.markReconciling(Reasons.PROGRESSING, message);
    summarizer.summarize(
        conditions,
        new Summary(Reasons.PROGRESSING, "Reconciliation in progress"),
        Optional.empty());
    if (statusWriter.write(object, object.getStatus(), snapshot)) {
      snapshot = StatusSnapshot.of(object.getStatus());
    }
  }

  /** The history record of this reconcile, if it got as far as applying. */
  Optional<HistoryEntry> historyEntry(Instant startedAt) {
    if (manifestDigest == null) {
      return Optional.empty();
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("revision", revision());
    originRevision().ifPresent(origin -> metadata.put("originRevision", origin));
    return Optional.of(new HistoryEntry(manifestDigest, metadata, startedAt));
  }

  StatusSnapshot snapshot() {
    return snapshot;
  }
}
