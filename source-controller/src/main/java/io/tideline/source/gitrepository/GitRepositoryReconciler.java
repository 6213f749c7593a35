package io.tideline.source.gitrepository;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.runtime.conditions.ConditionPolicy;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import io.tideline.runtime.reconcile.FluxFinalizer;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileLifecycle;
import io.tideline.runtime.reconcile.ReconcileLifecycle.Completion;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.reconcile.StepPipeline;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reconciles one GitRepository: load → finalize or ensure the finalizer → suspend check → begin
 * (Reconciling, early patch on new work) → steps ({@link ReconcileStorage}, {@link FetchSource},
 * {@link VerifySignature}, {@link CopyIncludes}, {@link BuildArtifact}) → one summarize-and-patch.
 * An unchanged remote with the artifact in storage ends in {@link FetchSource} after a ref listing,
 * and writes nothing to the API server. Framework-free: the QOSDK adapter and the tests call {@link
 * #reconcile(String, String)}.
 */
public final class GitRepositoryReconciler {

  private static final Logger LOG = Logger.getLogger(GitRepositoryReconciler.class);

  /** The conditions a GitRepository owns; negative ones in Flux's summary priority order. */
  static final ConditionPolicy POLICY =
      ConditionPolicy.of(
          List.of(
              ConditionTypes.STORAGE_OPERATION_FAILED,
              ConditionTypes.FETCH_FAILED,
              ConditionTypes.INCLUDE_UNAVAILABLE,
              ConditionTypes.ARTIFACT_OUTDATED),
          List.of(ConditionTypes.ARTIFACT_IN_STORAGE, ConditionTypes.SOURCE_VERIFIED));

  private final KubernetesClient client;
  private final ArtifactStorage storage;
  private final ReconcileLifecycle lifecycle;
  private final StatusWriter statusWriter;
  private final EventRecorder events;
  private final StepPipeline<GitRepositoryContext> pipeline;
  private final Clock clock;

  public GitRepositoryReconciler(
      KubernetesClient client,
      ArtifactStorage storage,
      ReconcileLifecycle lifecycle,
      StatusWriter statusWriter,
      EventRecorder events,
      Duration requeueDependency,
      Clock clock) {
    this.client = client;
    this.storage = storage;
    this.lifecycle = lifecycle;
    this.statusWriter = statusWriter;
    this.events = events;
    this.clock = clock;
    this.pipeline =
        new StepPipeline<>(
            List.of(
                new ReconcileStorage(storage),
                new FetchSource(client, requeueDependency),
                new VerifySignature(client),
                new CopyIncludes(storage),
                new BuildArtifact(storage)));
  }

  /** Reconciles the named object; returns when to come back. */
  public ReconcileResult reconcile(String namespace, String name) {
    GitRepository object =
        client.resources(GitRepository.class).inNamespace(namespace).withName(name).get();
    if (object == null) {
      return ReconcileResult.noRequeue();
    }
    if (object.getMetadata().getDeletionTimestamp() != null) {
      return finalizeDeletion(object);
    }
    object = FluxFinalizer.add(client, object);
    if (object.suspended()) {
      LOG.debugf("GitRepository %s/%s is suspended", namespace, name);
      return ReconcileResult.noRequeue();
    }
    if (object.getStatus() == null) {
      object.setStatus(object.initStatus());
    }
    Conditions conditions = Conditions.of(object, POLICY, clock);
    StatusSnapshot before =
        lifecycle.begin(object, conditions, StatusSnapshot.of(object.getStatus()));
    Path work = null;
    GitRepositoryContext ctx = null;
    Optional<ReconcileError> error;
    try {
      work = Files.createTempDirectory("tideline-gitrepository-");
      ctx = new GitRepositoryContext(object, conditions, work, statusWriter, before);
      error = pipeline.run(ctx);
    } catch (IOException e) {
      error =
          Optional.of(
              new GenericError(
                  Reasons.FAILED, "cannot create a work folder: " + e.getMessage(), e));
    } finally {
      if (ctx != null && ctx.checkout != null) {
        ctx.checkout.close();
      }
      deleteQuietly(work);
    }
    StatusSnapshot snapshot = ctx == null ? before : ctx.snapshot();
    var artifact = object.getStatus().getArtifact();
    String revision = artifact == null ? "" : artifact.getRevision();
    Map<String, String> metadata =
        artifact == null ? Map.of() : Map.of("revision", revision, "digest", artifact.getDigest());
    if (ctx != null && ctx.newArtifact != null && error.isEmpty()) {
      events.record(
          object,
          EventType.Normal,
          "NewArtifact",
          "stored artifact for commit '" + ctx.commitSubject + "'",
          metadata);
    }
    error.ifPresent(e -> LOG.infof("GitRepository %s/%s: %s", namespace, name, e.getMessage()));
    return lifecycle.finish(
        object,
        conditions,
        snapshot,
        new Completion(
            error,
            new Summary(Reasons.SUCCEEDED, "stored artifact for revision '" + revision + "'"),
            metadata));
  }

  private ReconcileResult finalizeDeletion(GitRepository object) {
    String ns = object.getMetadata().getNamespace();
    String name = object.getMetadata().getName();
    try {
      storage.deleteObject(ArtifactMapping.key(ns, name));
    } catch (IOException e) {
      LOG.warnf(
          "GitRepository %s/%s: garbage collection for deleted resource failed: %s",
          ns, name, e.getMessage());
      return ReconcileResult.requeueAfter(Duration.ofSeconds(5));
    }
    FluxFinalizer.remove(client, object);
    return ReconcileResult.noRequeue();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      CopyIncludes.deleteRecursively(dir);
    } catch (IOException e) {
      LOG.debugf("cannot delete %s: %s", dir, e.getMessage());
    }
  }
}
