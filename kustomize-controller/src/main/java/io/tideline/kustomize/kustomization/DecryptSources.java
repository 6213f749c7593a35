package io.tideline.kustomize.kustomization;

import io.tideline.api.kustomize.v1.KustomizationSpec;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import java.io.IOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Before the build, when {@code spec.decryption} is set: loads the decryption keys ({@link
 * DecryptionKeys}, kept in the context for {@link DecryptSecrets}) and decrypts, in the reconcile's
 * extracted copy of the source, every SOPS-encrypted file the build's secret generators and patches
 * read ({@link GeneratorSources}), so the generated Secrets hold the plaintext. Files that are not
 * encrypted are left unchanged. Any failure is {@code BuildFailed} ("error decrypting sources: …"
 * naming the file relative to the source root); nothing is applied or pruned. Without {@code
 * spec.decryption} nothing is read or changed.
 */
final class DecryptSources implements ReconcileStep<KustomizationContext> {

  private static final Logger LOG = Logger.getLogger(DecryptSources.class);

  private final DecryptionKeys keys;

  DecryptSources(DecryptionKeys keys) {
    this.keys = keys;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    if (ctx.object.getSpec().getDecryption() == null) {
      return StepResult.CONTINUE;
    }
    ctx.decryptor = keys.load(ctx.object);
    SourceFileDecryptor decryptor = new SourceFileDecryptor(ctx.decryptor);
    int decrypted = 0;
    try {
      for (SourceFile file :
          GeneratorSources.find(ctx.artifactRoot, ctx.buildDir, specComponents(ctx))) {
        if (decryptor.decrypt(file)) {
          decrypted++;
        }
      }
    } catch (SourceFileException e) {
      throw new GenericError(
          Reasons.BUILD_FAILED, "error decrypting sources: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new GenericError(
          Reasons.BUILD_FAILED,
          "error decrypting sources: cannot read the source: " + e.getClass().getSimpleName(),
          e);
    }
    if (decrypted > 0) {
      LOG.debugf(
          "Kustomization %s/%s: decrypted %d source files", ctx.namespace(), ctx.name(), decrypted);
    }
    return StepResult.CONTINUE;
  }

  private static List<String> specComponents(KustomizationContext ctx) {
    KustomizationSpec spec = ctx.object.getSpec();
    return spec.getComponents() == null ? List.of() : spec.getComponents();
  }
}
