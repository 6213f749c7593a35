package io.tideline.source.gitrepository;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.Reasons;
import io.tideline.api.meta.SourceReasons;
import io.tideline.api.source.v1.GitRepositoryVerification;
import io.tideline.api.source.v1.GitVerificationMode;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StallingError;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.source.git.PgpSignatureVerifier;
import io.tideline.source.git.PgpSignatureVerifier.SignatureException;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevTag;

/**
 * Verifies the PGP signature of the checked-out commit and/or its tag ({@code spec.verify}) with
 * the keys of {@code verify.secretRef}. Owns {@code SourceVerified} (True Succeeded, or False with
 * VerificationError / InvalidCommitSignature / InvalidTagSignature / InvalidGitObject /
 * InvalidVerificationMode) and {@code status.sourceVerificationMode}; removes both when
 * verification is not configured.
 */
final class VerifySignature implements ReconcileStep<GitRepositoryContext> {

  private final KubernetesClient client;

  VerifySignature(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public StepResult run(GitRepositoryContext ctx) throws ReconcileError {
    if (ctx.conditions.isFalse(ConditionTypes.SOURCE_VERIFIED)) {
      ctx.conditions.delete(ConditionTypes.SOURCE_VERIFIED);
    }
    GitRepositoryVerification verify = ctx.object.getSpec().getVerify();
    if (verify == null || verify.getMode() == null) {
      ctx.object.getStatus().setSourceVerificationMode(null);
      ctx.conditions.delete(ConditionTypes.SOURCE_VERIFIED);
      return StepResult.CONTINUE;
    }
    GitVerificationMode mode = verify.getMode();
    String secretName = verify.getSecretRef() == null ? "" : verify.getSecretRef().getName();
    Map<String, byte[]> keys = FetchSource.readSecret(client, ctx.namespace(), secretName);
    if (keys == null) {
      throw failed(
          ctx,
          new GenericError(
              SourceReasons.VERIFICATION_ERROR,
              "PGP public keys secret error: secrets \"" + secretName + "\" not found"));
    }
    StringBuilder message = new StringBuilder("verified signature of");
    try {
      PgpSignatureVerifier verifier = PgpSignatureVerifier.fromSecretData(keys);
      if (mode == GitVerificationMode.TAG || mode == GitVerificationMode.TAG_AND_HEAD) {
        verifyTag(ctx, verifier, message);
      }
      if (mode != GitVerificationMode.TAG) {
        String commit = ctx.checkout.revision().commit();
        try {
          String key = verifier.verifyCommit(ctx.checkout.commit());
          message
              .append("\n\t- commit '")
              .append(commit)
              .append("' with key '")
              .append(key)
              .append("'");
        } catch (SignatureException e) {
          throw failed(
              ctx,
              new GenericError(
                  "InvalidCommitSignature",
                  "signature verification of commit '" + commit + "' failed: " + e.getMessage()));
        }
      }
    } catch (SignatureException e) {
      throw failed(
          ctx,
          new GenericError(
              SourceReasons.VERIFICATION_ERROR, "PGP public keys secret error: " + e.getMessage()));
    } catch (IOException e) {
      throw failed(
          ctx,
          new GenericError(
              SourceReasons.VERIFICATION_ERROR, "cannot read Git object: " + e.getMessage(), e));
    }
    ctx.object.getStatus().setSourceVerificationMode(mode);
    ctx.conditions.markTrue(ConditionTypes.SOURCE_VERIFIED, Reasons.SUCCEEDED, message.toString());
    return StepResult.CONTINUE;
  }

  private void verifyTag(
      GitRepositoryContext ctx, PgpSignatureVerifier verifier, StringBuilder message)
      throws ReconcileError, IOException {
    RevTag tag = ctx.checkout.annotatedTag();
    if (tag == null) {
      throw failed(
          ctx,
          new StallingError(
              "InvalidVerificationMode",
              "cannot verify tag object's signature if a tag reference is not specified"));
    }
    String tagName = ctx.checkout.revision().pointer() + "@" + ctx.checkout.revision().digest();
    if (!PgpSignatureVerifier.isSigned(tag)) {
      throw failed(
          ctx,
          new GenericError(
              "InvalidGitObject",
              "cannot verify signature of tag '" + tagName + "' since it is not signed"));
    }
    try {
      String key = verifier.verifyTag(tag);
      message.append("\n\t- tag '").append(tagName).append("' with key '").append(key).append("'");
    } catch (SignatureException e) {
      throw failed(
          ctx,
          new GenericError(
              "InvalidTagSignature",
              "signature verification of tag '" + tagName + "' failed: " + e.getMessage()));
    }
  }

  private static ReconcileError failed(GitRepositoryContext ctx, ReconcileError e) {
    ctx.conditions.markFalse(ConditionTypes.SOURCE_VERIFIED, e.reason(), e.getMessage());
    return e;
  }
}
