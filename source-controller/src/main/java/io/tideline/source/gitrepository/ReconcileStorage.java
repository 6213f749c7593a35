package io.tideline.source.gitrepository;

import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.StoredArtifact;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import java.io.IOException;

/**
 * Checks the recorded artifact against storage: garbage-collects older files, forgets an artifact
 * whose file disappeared (so it is rebuilt) and refreshes the URL when the advertised address
 * changed. Clears {@code ArtifactInStorage} when the file is gone.
 */
final class ReconcileStorage implements ReconcileStep<GitRepositoryContext> {

  private final ArtifactStorage storage;

  ReconcileStorage(ArtifactStorage storage) {
    this.storage = storage;
  }

  @Override
  public StepResult run(GitRepositoryContext ctx) throws GenericError {
    Artifact artifact = ctx.object.getStatus().getArtifact();
    if (artifact == null) {
      ctx.conditions.delete(ConditionTypes.ARTIFACT_IN_STORAGE);
      return StepResult.CONTINUE;
    }
    StoredArtifact stored = ArtifactMapping.toStored(artifact);
    if (!storage.exists(stored)) {
      ctx.object.getStatus().setArtifact(null);
      ctx.conditions.delete(ConditionTypes.ARTIFACT_IN_STORAGE);
      ctx.conditions.markReconciling(
          Reasons.PROGRESSING, "building artifact: disappeared from storage");
      return StepResult.CONTINUE;
    }
    try {
      storage.garbageCollect(ArtifactMapping.key(ctx.namespace(), ctx.name()), stored);
    } catch (IOException e) {
      throw new GenericError(
          "GarbageCollectionFailed", "garbage collection failed: " + e.getMessage(), e);
    }
    String url = storage.urlOf(artifact.getPath());
    if (!url.equals(artifact.getUrl())) {
      artifact.setUrl(url);
    }
    return StepResult.CONTINUE;
  }
}
