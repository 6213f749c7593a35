package io.tideline.source.gitrepository;

import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import io.tideline.source.git.CheckedOutRepository;
import io.tideline.source.git.GitCredentials;
import io.tideline.source.git.GitRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one GitRepository reconcile, handed from step to step: the object and its
 * conditions, the credentials read from its Secret, the included artifacts, the resolved remote
 * revision, the checkout and the scratch folder. {@link #progress} patches status early, as Flux
 * does when a new revision is about to be built.
 */
final class GitRepositoryContext {

  final GitRepository object;
  final Conditions conditions;
  final Path workDir;
  private final StatusWriter statusWriter;
  private StatusSnapshot snapshot;

  GitCredentials credentials = GitCredentials.NONE;
  List<Artifact> includes = new ArrayList<>();
  GitRevision remoteRevision;
  CheckedOutRepository checkout;

  /** Set when a new artifact was written in this reconcile. */
  Artifact newArtifact;

  /** Subject line of the checked-out commit, for the NewArtifact event. */
  String commitSubject;

  GitRepositoryContext(
      GitRepository object,
      Conditions conditions,
      Path workDir,
      StatusWriter statusWriter,
      StatusSnapshot snapshot) {
    this.object = object;
    this.conditions = conditions;
    this.workDir = workDir;
    this.statusWriter = statusWriter;
    this.snapshot = snapshot;
  }

  String namespace() {
    return object.getMetadata().getNamespace();
  }

  String name() {
    return object.getMetadata().getName();
  }

  /** The artifact currently recorded in status, if any. */
  Optional<Artifact> currentArtifact() {
    return Optional.ofNullable(object.getStatus().getArtifact());
  }

  /**
   * Marks Reconciling with {@code message} (Ready Unknown mirrors it) and patches the status now,
   * so users see that a new artifact is being built.
   */
  void progress(String message) {
    conditions.markReconciling(Reasons.PROGRESSING, message);
    conditions.markUnknown(ConditionTypes.READY, Reasons.PROGRESSING, message);
    statusWriter.write(object, object.getStatus(), snapshot);
    snapshot = StatusSnapshot.of(object.getStatus());
  }

  /** The snapshot the final patch compares against. */
  StatusSnapshot snapshot() {
    return snapshot;
  }
}
