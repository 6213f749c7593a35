package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.tideline.api.meta.CommonMetadata;
import io.tideline.api.meta.Reasons;
import io.tideline.kustomize.remote.KubeConfigException;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.ssa.ApplyException;
import io.tideline.runtime.ssa.ApplyOptions;
import io.tideline.runtime.ssa.ChangeAction;
import io.tideline.runtime.ssa.ChangeSet;
import io.tideline.runtime.ssa.ChangeSetEntry;
import io.tideline.runtime.ssa.DriftIgnoreRule;
import io.tideline.runtime.ssa.Inventory;
import io.tideline.runtime.ssa.ObjectRef;
import io.tideline.runtime.ssa.OwnerLabels;
import io.tideline.runtime.timing.GoDuration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side applies the built objects under the Kustomization's identity: stamps the owner labels
 * and {@code commonMetadata}, refuses SOPS-encrypted Secrets, validates everything by dry-run
 * before the first write, applies in stages and writes only what drifted. Records the new inventory
 * and one event listing the created/configured objects. Failures are {@code ReconciliationFailed}
 * naming the object and the API server's reason.
 */
final class ApplyManifests implements ReconcileStep<KustomizationContext> {

  private final TargetClusters targets;
  private final EventRecorder events;
  private final KustomizationSettings settings;

  ApplyManifests(TargetClusters targets, EventRecorder events, KustomizationSettings settings) {
    this.targets = targets;
    this.events = events;
    this.settings = settings;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    ctx.progress(
        "Detecting drift for revision "
            + ctx.revision()
            + " with a timeout of "
            + GoDuration.format(KustomizationTimeouts.timeout(ctx.object)));
    ctx.manifestDigest = ManifestDigest.of(ctx.objects);
    OwnerLabels owner = OwnerLabels.kustomization(ctx.name(), ctx.namespace());
    CommonMetadata common = ctx.object.getSpec().getCommonMetadata();
    for (GenericKubernetesResource object : ctx.objects) {
      stampCommonMetadata(object, common);
      owner.stamp(object);
      if (SopsSecrets.isEncrypted(object) && !SopsSecrets.decryptionDisabled(object)) {
        throw new GenericError(
            Reasons.RECONCILIATION_FAILED,
            ObjectRef.of(object).subject()
                + " is SOPS encrypted, configuring decryption is required for this secret to be"
                + " reconciled");
      }
    }
    try {
      ctx.target = targets.forKustomization(ctx.object);
    } catch (KubeConfigException e) {
      throw new GenericError(Reasons.RECONCILIATION_FAILED, e.getMessage());
    }
    ApplyOptions options =
        ApplyOptions.kustomizeDefaults(
                ctx.target.applier.fieldManager(),
                ctx.object.getSpec().isForce(),
                settings.overrideManagers())
            .withCustomStageKinds(settings.customStageKinds())
            .withConcurrency(settings.concurrentSsa())
            .withWaitTimeout(KustomizationTimeouts.timeout(ctx.object))
            .withIgnoreRules(ignoreRules(ctx));
    ChangeSet applied;
    try {
      applied = ctx.target.applier.apply(ctx.objects, options);
    } catch (ApplyException e) {
      String partial = e.changeSet().changesMessage();
      throw new GenericError(
          Reasons.RECONCILIATION_FAILED,
          partial.isEmpty() ? e.getMessage() : e.getMessage() + "\n" + partial,
          e);
    } catch (KubernetesClientException e) {
      throw new GenericError(
          Reasons.RECONCILIATION_FAILED, "server-side apply failed: " + e.getMessage(), e);
    }
    String lastApplied = ctx.object.getStatus().getLastAppliedRevision();
    ctx.applied = applied;
    KustomizationInventory.write(ctx.object, Inventory.of(applied));
    String changes = applied.changesMessage();
    if (!changes.isEmpty()) {
      events.record(
          ctx.object, EventType.Normal, Reasons.PROGRESSING, changes, EventMetadata.of(ctx));
      if (ctx.revision().equals(lastApplied)) {
        events.record(
            ctx.object,
            EventType.Normal,
            "DriftDetected",
            driftReport(ctx, applied),
            EventMetadata.of(ctx));
      }
    }
    return StepResult.CONTINUE;
  }

  private static List<DriftIgnoreRule> ignoreRules(KustomizationContext ctx) throws GenericError {
    try {
      return DriftIgnoreRules.compile(ctx.object.getSpec().getIgnore());
    } catch (IllegalArgumentException e) {
      throw new GenericError(Reasons.RECONCILIATION_FAILED, e.getMessage(), e);
    }
  }

  /**
   * Names each object changed although the revision did not change, and the fields that drifted.
   */
  static String driftReport(KustomizationContext ctx, ChangeSet applied) {
    StringBuilder report =
        new StringBuilder("Drift detected and corrected for revision ")
            .append(ctx.revision())
            .append(':');
    for (ChangeSetEntry entry : applied.changes()) {
      report.append('\n').append(entry.subject()).append(": ");
      if (entry.action() == ChangeAction.CREATED) {
        report.append("was missing, recreated");
      } else if (entry.driftedFields().isEmpty()) {
        report.append("metadata ownership restored");
      } else {
        report.append(String.join(", ", entry.driftedFields()));
      }
    }
    return report.toString();
  }

  private static void stampCommonMetadata(GenericKubernetesResource object, CommonMetadata common) {
    if (common == null) {
      return;
    }
    if (common.getLabels() != null && !common.getLabels().isEmpty()) {
      Map<String, String> labels = new HashMap<>(orEmpty(object.getMetadata().getLabels()));
      labels.putAll(common.getLabels());
      object.getMetadata().setLabels(labels);
    }
    if (common.getAnnotations() != null && !common.getAnnotations().isEmpty()) {
      Map<String, String> annotations =
          new HashMap<>(orEmpty(object.getMetadata().getAnnotations()));
      annotations.putAll(common.getAnnotations());
      object.getMetadata().setAnnotations(annotations);
    }
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }
}
