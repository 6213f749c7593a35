package io.tideline.source.gitrepository;

import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.source.v1.GitRepositoryInclude;
import io.tideline.artifact.ArtifactFetchException;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.SafeTarExtractor;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies each included repository's artifact ({@code fromPath}, default the root) into {@code
 * toPath} (default the repository name) of the checkout, replacing what was there; the checkout's
 * working tree is written to disk for that. Sets {@code StorageOperationFailed} (IllegalPath /
 * CopyFailure) on failure.
 */
final class CopyIncludes implements ReconcileStep<GitRepositoryContext> {

  private static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
  private static final int MAX_ENTRIES = 1_000_000;

  private final ArtifactStorage storage;

  CopyIncludes(ArtifactStorage storage) {
    this.storage = storage;
  }

  @Override
  public StepResult run(GitRepositoryContext ctx) throws ReconcileError {
    List<GitRepositoryInclude> includes = ctx.object.getSpec().getInclude();
    if (includes.isEmpty()) {
      return StepResult.CONTINUE;
    }
    Path root;
    try {
      root = ctx.checkout.workTree().toAbsolutePath().normalize();
    } catch (IOException e) {
      throw failed(
          ctx, "CopyFailure", "failed to write the working tree for includes: " + e.getMessage());
    }
    for (int i = 0; i < includes.size(); i++) {
      GitRepositoryInclude include = includes.get(i);
      String name = include.getRepository().getName();
      String toPath =
          include.getToPath() == null || include.getToPath().isBlank() ? name : include.getToPath();
      Path target = root.resolve(strip(toPath)).normalize();
      if (!target.startsWith(root) || target.equals(root.resolve(".git"))) {
        throw failed(
            ctx,
            "IllegalPath",
            "path calculation for include '"
                + name
                + "' failed: '"
                + toPath
                + "' is outside the repository");
      }
      Artifact artifact = ctx.includes.get(i);
      String fromPath = include.getFromPath() == null ? "" : strip(include.getFromPath());
      try {
        copy(storage.localPath(artifact.getPath()), fromPath, target);
      } catch (IOException | ArtifactFetchException e) {
        throw failed(
            ctx,
            "CopyFailure",
            "failed to copy '"
                + name
                + "' include from "
                + (fromPath.isEmpty() ? "./" : fromPath)
                + " to "
                + toPath
                + ": "
                + e.getMessage());
      }
    }
    return StepResult.CONTINUE;
  }

  private static void copy(Path archive, String fromPath, Path target)
      throws IOException, ArtifactFetchException {
    Path tmp = Files.createTempDirectory("tideline-include-");
    try {
      new SafeTarExtractor(MAX_BYTES, MAX_ENTRIES).extract(archive, tmp);
      Path source = tmp.resolve(fromPath).normalize();
      if (!source.startsWith(tmp) || !Files.isDirectory(source)) {
        throw new IOException("'" + fromPath + "' is not a directory in the included artifact");
      }
      deleteRecursively(target);
      Files.createDirectories(target);
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path dest = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(dest);
          } else {
            Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } finally {
      deleteRecursively(tmp);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String strip(String path) {
    String p = path.strip();
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("./") ? 2 : 1);
    }
    return p;
  }

  private static ReconcileError failed(GitRepositoryContext ctx, String reason, String message) {
    ctx.conditions.markTrue(ConditionTypes.STORAGE_OPERATION_FAILED, reason, message);
    return new GenericError(reason, message);
  }
}
