package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.artifact.ArtifactFetcher;
import io.tideline.kustomize.KustomizeEngine;
import io.tideline.runtime.conditions.ConditionPolicy;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.reconcile.FluxFinalizer;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileLifecycle;
import io.tideline.runtime.reconcile.ReconcileLifecycle.Completion;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.runtime.reconcile.ReconcileTrigger;
import io.tideline.runtime.reconcile.StepPipeline;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Reconciles one Kustomization: load → finalize (deletion policy) or ensure the finalizer → suspend
 * check → begin → steps ({@link CompileHealthChecks}, {@link ResolveSource}, {@link
 * CheckDependencies}, {@link FetchArtifact}, {@link BuildManifests}, {@link SubstituteVariables},
 * {@link ApplyManifests}, {@link PruneObjects}, {@link CheckHealth}) → one summarize-and-patch.
 * Nothing is pruned unless the build and the apply succeeded. A no-op reconcile of a Ready object
 * writes nothing. Failures requeue after {@code retryInterval} (as Flux does, instead of
 * exponential backoff); a missing source or dependency after {@code --requeue-dependency}.
 */
public final class KustomizationReconciler {

  private static final Logger LOG = Logger.getLogger(KustomizationReconciler.class);

  /** Kustomization owns no negative conditions besides Reconciling/Stalled; Healthy is positive. */
  static final ConditionPolicy POLICY =
      ConditionPolicy.of(List.of(), List.of(ConditionTypes.HEALTHY));

  private final KubernetesClient client;
  private final ReconcileLifecycle lifecycle;
  private final StatusWriter statusWriter;
  private final ReadySummarizer summarizer = new ReadySummarizer();
  private final StepPipeline<KustomizationContext> pipeline;
  private final FinalizeDeletion finalizer;
  private final TargetClusters targets;
  private final Clock clock;

  public KustomizationReconciler(
      KubernetesClient client,
      ReconcileLifecycle lifecycle,
      StatusWriter statusWriter,
      EventRecorder events,
      ArtifactFetcher fetcher,
      TargetClusters targets,
      KustomizationSettings settings,
      Clock clock) {
    this.client = client;
    this.lifecycle = lifecycle;
    this.statusWriter = statusWriter;
    this.clock = clock;
    this.targets = targets;
    this.finalizer = new FinalizeDeletion(targets, events);
    this.pipeline =
        new StepPipeline<>(
            List.of(
                new CompileHealthChecks(),
                new ResolveSource(new SourceObjects(client), settings),
                new CheckDependencies(
                    client, settings.requeueDependency(), settings.additiveCelDependencyCheck()),
                new FetchArtifact(fetcher, settings.requeueDependency()),
                new DecryptSources(new DecryptionKeys(client, settings.sopsAgeSecret())),
                new BuildManifests(new KustomizeEngine()),
                new DecryptSecrets(),
                new SubstituteVariables(client, settings.strictSubstitution()),
                new ApplyManifests(targets, events, settings),
                new PruneObjects(events),
                new CheckHealth(settings.healthPollInterval())));
  }

  /** Reconciles the named object; returns when to come back. */
  public ReconcileResult reconcile(String namespace, String name) {
    Kustomization object =
        client.resources(Kustomization.class).inNamespace(namespace).withName(name).get();
    if (object == null) {
      return ReconcileResult.noRequeue();
    }
    if (object.getMetadata().getDeletionTimestamp() != null) {
      return finalizeDeletion(object);
    }
    object = FluxFinalizer.add(client, object);
    if (object.getStatus() == null) {
      object.setStatus(object.initStatus());
    }
    if (object.suspended()) {
      LOG.debugf("Kustomization %s/%s is suspended", namespace, name);
      recordSuspended(object);
      return ReconcileResult.noRequeue();
    }
    Instant startedAt = clock.instant();
    Conditions conditions = Conditions.of(object, POLICY, clock);
    StatusSnapshot before =
        lifecycle.begin(object, conditions, StatusSnapshot.of(object.getStatus()));
    KustomizationContext ctx = null;
    Path work = null;
    Optional<ReconcileError> error;
    try {
      work = Files.createTempDirectory("tideline-kustomization-");
      ctx =
          new KustomizationContext(
              object,
              conditions,
              work,
              statusWriter,
              summarizer,
              before,
              KustomizationInventory.read(object));
      error = pipeline.run(ctx);
    } catch (IOException e) {
      error =
          Optional.of(
              new GenericError(
                  "DirectoryCreationFailed", "cannot create a work folder: " + e.getMessage(), e));
    } finally {
      deleteQuietly(work);
      if (ctx != null) {
        targets.release(ctx.target);
      }
    }
    String revision = ctx == null ? "" : ctx.revision();
    if (error.isEmpty()) {
      object.getStatus().setLastAppliedRevision(revision);
      object.getStatus().setLastAppliedOriginRevision(ctx.originRevision().orElse(null));
    } else {
      LOG.infof("Kustomization %s/%s: %s", namespace, name, error.get().getMessage());
    }
    Completion completion =
        new Completion(
                error,
                new Summary(Reasons.RECONCILIATION_SUCCEEDED, "Applied revision: " + revision),
                ctx == null ? Map.of() : EventMetadata.of(ctx))
            .retryingAfter(KustomizationTimeouts.retryInterval(object));
    if (ctx != null) {
      completion = ctx.historyEntry(startedAt).map(completion::recordedAs).orElse(completion);
    }
    return lifecycle.finish(object, conditions, ctx == null ? before : ctx.snapshot(), completion);
  }

  /**
   * As Flux does for a suspended object: touch nothing but record the handled request token and,
   * when Ready is True, the generation (so waiters see the object as Current).
   */
  private void recordSuspended(Kustomization object) {
    StatusSnapshot before = StatusSnapshot.of(object.getStatus());
    ReconcileTrigger.recordHandled(object);
    Conditions conditions = Conditions.of(object, POLICY, clock);
    if (conditions.isTrue(ConditionTypes.READY)) {
      conditions.delete(ConditionTypes.RECONCILING);
      object.getStatus().setObservedGeneration(object.getMetadata().getGeneration());
    }
    statusWriter.write(object, object.getStatus(), before);
  }

  private ReconcileResult finalizeDeletion(Kustomization object) {
    if (!FluxFinalizer.present(object)) {
      return ReconcileResult.noRequeue();
    }
    if (!finalizer.run(object)) {
      return ReconcileResult.requeueAfter(Duration.ofSeconds(5));
    }
    FluxFinalizer.remove(client, object);
    return ReconcileResult.noRequeue();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debugf("cannot delete %s: %s", dir, e.getMessage());
    }
  }
}
