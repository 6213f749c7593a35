package io.tideline.source.gitrepository;

import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.api.meta.SourceReasons;
import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.api.source.v1.GitRepositoryStatus;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.ObjectKey;
import io.tideline.artifact.StoredArtifact;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.source.git.GitOperationException;
import io.tideline.source.git.GitRevision;
import java.io.IOException;
import java.util.ArrayList;

/**
 * Archives the checkout (ignore rules, sparse checkout) into a deterministic {@code
 * <commit>.tar.gz}, points {@code latest.tar.gz} at it, records the artifact and the observed
 * content configuration in status and garbage-collects older files. Owns {@code ArtifactInStorage},
 * clears {@code ArtifactOutdated}; sets {@code StorageOperationFailed} on failure.
 */
final class BuildArtifact implements ReconcileStep<GitRepositoryContext> {

  private final ArtifactStorage storage;

  BuildArtifact(ArtifactStorage storage) {
    this.storage = storage;
  }

  @Override
  public StepResult run(GitRepositoryContext ctx) throws ReconcileError {
    GitRepositorySpec spec = ctx.object.getSpec();
    GitRevision revision = ctx.checkout.revision();
    ArchiveContent content;
    try {
      content = ArchiveContent.of(ctx.checkout, spec);
    } catch (GitOperationException e) {
      String message = "failed to sparse checkout directories : " + e.getMessage();
      ctx.conditions.markTrue(
          ConditionTypes.FETCH_FAILED, SourceReasons.GIT_OPERATION_FAILED, message);
      throw new GenericError(SourceReasons.GIT_OPERATION_FAILED, message, e);
    } catch (IOException e) {
      throw new GenericError(
          "SourceIgnoreError",
          "failed to load source ignore patterns from repository: " + e.getMessage(),
          e);
    }
    ObjectKey key = ArtifactMapping.key(ctx.namespace(), ctx.name());
    StoredArtifact stored;
    try {
      stored =
          storage.archive(
              key,
              ArtifactMapping.fileName(revision),
              revision.toString(),
              content.tree(),
              content.filter());
    } catch (IOException e) {
      String message = "unable to archive artifact to storage: " + e.getMessage();
      ctx.conditions.markTrue(
          ConditionTypes.STORAGE_OPERATION_FAILED, SourceReasons.ARCHIVE_OPERATION_FAILED, message);
      throw new GenericError(SourceReasons.ARCHIVE_OPERATION_FAILED, message, e);
    }
    try {
      storage.symlink(stored, "latest.tar.gz");
    } catch (IOException e) {
      String message = "failed to update status URL symlink: " + e.getMessage();
      ctx.conditions.markTrue(
          ConditionTypes.STORAGE_OPERATION_FAILED, SourceReasons.SYMLINK_UPDATE_FAILED, message);
      throw new GenericError(SourceReasons.SYMLINK_UPDATE_FAILED, message, e);
    }
    GitRepositoryStatus status = ctx.object.getStatus();
    var previous = status.getArtifact();
    if (previous != null
        && previous.getDigest() != null
        && previous.getDigest().equals(stored.digest().toString())
        && previous.getRevision().equals(stored.revision())) {
      status.getArtifact().setUrl(stored.url());
    } else {
      status.setArtifact(ArtifactMapping.toStatus(stored));
      ctx.newArtifact = status.getArtifact();
    }
    status.setIncludedArtifacts(new ArrayList<>(ctx.includes));
    status.setObservedIgnore(spec.getIgnore());
    status.setObservedRecurseSubmodules(spec.isRecurseSubmodules());
    status.setObservedInclude(new ArrayList<>(spec.getInclude()));
    status.setObservedSparseCheckout(
        spec.getSparseCheckout() == null
            ? new ArrayList<>()
            : new ArrayList<>(spec.getSparseCheckout()));
    ctx.conditions.delete(ConditionTypes.ARTIFACT_OUTDATED);
    ctx.conditions.delete(ConditionTypes.STORAGE_OPERATION_FAILED);
    ctx.conditions.markTrue(
        ConditionTypes.ARTIFACT_IN_STORAGE,
        Reasons.SUCCEEDED,
        "stored artifact for revision '" + revision + "'");
    try {
      storage.garbageCollect(key, stored);
    } catch (IOException e) {
      // a failed GC never fails the reconcile; it runs again next time
    }
    return StepResult.CONTINUE;
  }
}
