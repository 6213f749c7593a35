package io.tideline.kustomize.kustomization;

import io.tideline.api.meta.Reasons;
import io.tideline.artifact.ArtifactFetchException;
import io.tideline.artifact.ArtifactFetcher;
import io.tideline.artifact.ArtifactNotFoundException;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.reconcile.WaitingError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Downloads the source artifact (digest verified, cached by digest) and extracts it, then checks
 * that {@code spec.path} exists inside it. Records {@code lastAttemptedRevision}. A 404 waits
 * {@code --requeue-dependency}; other failures are {@code ArtifactFailed}.
 */
final class FetchArtifact implements ReconcileStep<KustomizationContext> {

  private final ArtifactFetcher fetcher;
  private final Duration requeueDependency;

  FetchArtifact(ArtifactFetcher fetcher, Duration requeueDependency) {
    this.fetcher = fetcher;
    this.requeueDependency = requeueDependency;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    ctx.progress(
        "Fetching manifests for revision "
            + ctx.revision()
            + " with a timeout of "
            + io.tideline.runtime.timing.GoDuration.format(
                KustomizationTimeouts.timeout(ctx.object)));
    Path root = ctx.workDir.resolve("source");
    try {
      Files.createDirectories(root);
      fetcher.fetch(ctx.artifact.getUrl(), ctx.artifact.getDigest(), root);
    } catch (ArtifactNotFoundException e) {
      throw new WaitingError(
          Reasons.ARTIFACT_FAILED,
          "artifact not found at " + ctx.artifact.getUrl() + " (" + ctx.sourceSubject + ")",
          requeueDependency);
    } catch (ArtifactFetchException | IOException e) {
      throw new GenericError(
          Reasons.ARTIFACT_FAILED,
          "failed to fetch artifact of " + ctx.sourceSubject + ": " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenericError(Reasons.ARTIFACT_FAILED, "interrupted while fetching the artifact");
    }
    String path = ctx.object.getSpec().getPath() == null ? "" : ctx.object.getSpec().getPath();
    Path dir = root.resolve(path.replaceFirst("^[./]+", "")).normalize();
    if (!dir.startsWith(root)) {
      throw new GenericError(
          Reasons.ARTIFACT_FAILED, "kustomization path '" + path + "' leaves the artifact root");
    }
    if (!Files.isDirectory(dir)) {
      throw new GenericError(
          Reasons.ARTIFACT_FAILED,
          "kustomization path not found: '"
              + path
              + "' does not exist in revision "
              + ctx.revision());
    }
    ctx.artifactRoot = root;
    ctx.buildDir = dir;
    ctx.object.getStatus().setLastAttemptedRevision(ctx.revision());
    return StepResult.CONTINUE;
  }
}
