package io.tideline.source.gitrepository;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Artifact;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.api.meta.SourceReasons;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.api.source.v1.GitRepositoryInclude;
import io.tideline.api.source.v1.GitRepositoryRef;
import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StallingError;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.reconcile.WaitingError;
import io.tideline.runtime.timing.GoDuration;
import io.tideline.source.git.GitClient;
import io.tideline.source.git.GitCredentials;
import io.tideline.source.git.GitOperationException;
import io.tideline.source.git.GitReference;
import io.tideline.source.git.GitRevision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Observes the upstream: reads credentials, checks the included repositories, resolves the remote
 * revision with a ref listing and, when nothing changed (same revision, artifact in storage, same
 * content configuration), finishes the reconcile without cloning. Otherwise it marks {@code
 * ArtifactOutdated}, patches progress and checks the reference out. Owns {@code FetchFailed} and
 * {@code IncludeUnavailable}.
 */
final class FetchSource implements ReconcileStep<GitRepositoryContext> {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final KubernetesClient client;
  private final Duration requeueDependency;

  FetchSource(KubernetesClient client, Duration requeueDependency) {
    this.client = client;
    this.requeueDependency = requeueDependency;
  }

  @Override
  public StepResult run(GitRepositoryContext ctx) throws ReconcileError {
    GitRepositorySpec spec = ctx.object.getSpec();
    String url = spec.getUrl();
    if (url == null || !url.matches("^(http|https|ssh)://.+")) {
      throw fetchFailed(
          ctx,
          new StallingError(
              SourceReasons.URL_INVALID, "failed to parse url '" + url + "': unsupported scheme"));
    }
    ctx.credentials = readCredentials(ctx);
    ctx.includes = fetchIncludes(ctx);
    GitClient git = new GitClient(timeout(spec));
    GitReference ref = reference(spec.getRef());
    GitRevision remote;
    try {
      remote =
          ref.kind() == GitReference.Kind.COMMIT
              ? git.resolve(ref, Map.of(), url)
              : git.resolve(ref, git.listRemote(url, ctx.credentials), url);
    } catch (GitOperationException e) {
      throw fetchFailed(ctx, gitFailure(e));
    }
    ctx.remoteRevision = remote;
    Artifact current = ctx.object.getStatus().getArtifact();
    boolean sameRevision = current != null && remote.toString().equals(current.getRevision());
    boolean includesChanged =
        !sameArtifacts(ctx.includes, ctx.object.getStatus().getIncludedArtifacts());
    if (sameRevision
        && !includesChanged
        && !contentConfigChanged(ctx.object)
        && !requiresVerification(ctx)) {
      ctx.conditions.delete(ConditionTypes.FETCH_FAILED);
      ctx.conditions.delete(ConditionTypes.ARTIFACT_OUTDATED);
      if (ctx.object.getSpec().getVerify() == null) {
        ctx.conditions.delete(ConditionTypes.SOURCE_VERIFIED);
        ctx.object.getStatus().setSourceVerificationMode(null);
      }
      ctx.conditions.markTrue(
          ConditionTypes.ARTIFACT_IN_STORAGE,
          Reasons.SUCCEEDED,
          "stored artifact for revision '" + current.getRevision() + "'");
      return StepResult.FINISH;
    }
    String why =
        sameRevision
            ? (includesChanged
                ? "included artifacts differ from last observed includes"
                : "source configuration changed")
            : "new upstream revision '" + remote + "'";
    if (current != null) {
      ctx.conditions.markTrue(
          ConditionTypes.ARTIFACT_OUTDATED,
          sameRevision && includesChanged ? "IncludeChange" : SourceReasons.NEW_REVISION,
          sameRevision ? why : "new upstream revision '" + remote + "'");
    }
    ctx.progress("building artifact: " + why);
    try {
      ctx.checkout =
          git.checkout(url, ctx.credentials, ref, remote, spec.isRecurseSubmodules(), ctx.workDir);
      ctx.commitSubject = ctx.checkout.commit().getShortMessage();
    } catch (GitOperationException e) {
      throw fetchFailed(ctx, gitFailure(e));
    } catch (java.io.IOException e) {
      throw fetchFailed(
          ctx,
          new GenericError(
              SourceReasons.GIT_OPERATION_FAILED,
              "failed to read checked-out commit: " + e.getMessage(),
              e));
    }
    ctx.remoteRevision = ctx.checkout.revision();
    ctx.conditions.delete(ConditionTypes.FETCH_FAILED);
    return StepResult.CONTINUE;
  }

  private static ReconcileError gitFailure(GitOperationException e) {
    return new GenericError(
        SourceReasons.GIT_OPERATION_FAILED,
        "failed to checkout and determine revision: " + e.getMessage(),
        e);
  }

  private static ReconcileError fetchFailed(GitRepositoryContext ctx, ReconcileError e) {
    ctx.conditions.markTrue(ConditionTypes.FETCH_FAILED, e.reason(), e.getMessage());
    return e;
  }

  private GitCredentials readCredentials(GitRepositoryContext ctx) throws ReconcileError {
    if (ctx.object.getSpec().getSecretRef() == null) {
      return GitCredentials.NONE;
    }
    String name = ctx.object.getSpec().getSecretRef().getName();
    Map<String, byte[]> data = readSecret(client, ctx.namespace(), name);
    if (data == null) {
      throw fetchFailed(
          ctx,
          new GenericError(
              SourceReasons.AUTHENTICATION_FAILED,
              "failed to get secret '"
                  + ctx.namespace()
                  + "/"
                  + name
                  + "': secrets \""
                  + name
                  + "\" not found"));
    }
    return GitCredentials.fromSecretData(data);
  }

  /** The Secret's data, base64-decoded; null when the Secret does not exist. */
  static Map<String, byte[]> readSecret(KubernetesClient client, String namespace, String name) {
    Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      return null;
    }
    Map<String, byte[]> data = new HashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    if (secret.getStringData() != null) {
      secret
          .getStringData()
          .forEach((k, v) -> data.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return data;
  }

  private List<Artifact> fetchIncludes(GitRepositoryContext ctx) throws ReconcileError {
    List<Artifact> out = new ArrayList<>();
    for (GitRepositoryInclude include : ctx.object.getSpec().getInclude()) {
      String name = include.getRepository() == null ? null : include.getRepository().getName();
      GitRepository dep =
          name == null
              ? null
              : client
                  .resources(GitRepository.class)
                  .inNamespace(ctx.namespace())
                  .withName(name)
                  .get();
      if (dep == null) {
        throw includeUnavailable(
            ctx,
            "NotFound",
            "could not get resource for include '"
                + name
                + "': gitrepositories.source.toolkit.fluxcd.io \""
                + name
                + "\" not found");
      }
      if (dep.getStatus() == null || dep.getStatus().getArtifact() == null) {
        throw includeUnavailable(
            ctx, "NoArtifact", "no artifact available for include '" + name + "'");
      }
      out.add(dep.getStatus().getArtifact());
    }
    ctx.conditions.delete(ConditionTypes.INCLUDE_UNAVAILABLE);
    return out;
  }

  private ReconcileError includeUnavailable(
      GitRepositoryContext ctx, String reason, String message) {
    ctx.conditions.markTrue(ConditionTypes.INCLUDE_UNAVAILABLE, reason, message);
    return new WaitingError(reason, message, requeueDependency);
  }

  static boolean sameArtifacts(List<Artifact> a, List<Artifact> b) {
    List<Artifact> x = a == null ? List.of() : a;
    List<Artifact> y = b == null ? List.of() : b;
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!Objects.equals(x.get(i).getRevision(), y.get(i).getRevision())
          || !Objects.equals(x.get(i).getDigest(), y.get(i).getDigest())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Verification is configured but has not succeeded for the current mode (new mode, or failed
   * before): the revision must be checked out and verified even when it did not move.
   */
  static boolean requiresVerification(GitRepositoryContext ctx) {
    var verify = ctx.object.getSpec().getVerify();
    if (verify == null || verify.getMode() == null) {
      return false;
    }
    return verify.getMode() != ctx.object.getStatus().getSourceVerificationMode()
        || !ctx.conditions.isTrue(ConditionTypes.SOURCE_VERIFIED);
  }

  /** Flux's gitContentConfigChanged: ignore, submodules, sparse checkout or include list differ. */
  static boolean contentConfigChanged(GitRepository object) {
    GitRepositorySpec spec = object.getSpec();
    var status = object.getStatus();
    return !Objects.equals(spec.getIgnore(), status.getObservedIgnore())
        || spec.isRecurseSubmodules() != status.isObservedRecurseSubmodules()
        || !Objects.equals(
            nullToEmpty(spec.getSparseCheckout()), nullToEmpty(status.getObservedSparseCheckout()))
        || !Objects.equals(
            nullToEmpty(spec.getInclude()), nullToEmpty(status.getObservedInclude()));
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static GitReference reference(GitRepositoryRef ref) {
    if (ref == null) {
      return GitReference.branch(null);
    }
    return new GitReference(
        ref.getBranch(), ref.getTag(), ref.getSemver(), ref.getName(), ref.getCommit());
  }

  static Duration timeout(GitRepositorySpec spec) {
    return spec.getTimeout() == null || spec.getTimeout().isBlank()
        ? DEFAULT_TIMEOUT
        : GoDuration.parse(spec.getTimeout());
  }
}
