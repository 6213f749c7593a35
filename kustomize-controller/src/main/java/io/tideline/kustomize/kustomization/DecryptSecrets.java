package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.kustomize.v1.Decryption;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.runtime.reconcile.ReconcileError;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StepResult;
import io.tideline.runtime.ssa.ObjectRef;
import io.tideline.sops.SopsDecryptor;
import io.tideline.sops.SopsException;
import io.tideline.sops.SopsFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flux's {@code spec.decryption} (provider {@code sops}) for built Secrets: every {@code v1 Secret}
 * with a top-level {@code sops} key (unless annotated {@code kustomize.toolkit.fluxcd.io/decrypt:
 * disabled}) is decrypted with the age identities ({@code *.agekey} entries) of the Secret named by
 * {@code decryption.secretRef}. As in Flux the MAC is not checked (kustomize changes the objects).
 * A failure is {@code BuildFailed} naming the Secret; nothing is applied. Without {@code
 * spec.decryption} encrypted Secrets are left for {@link ApplyManifests} to refuse.
 */
final class DecryptSecrets implements ReconcileStep<KustomizationContext> {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private final KubernetesClient client;

  DecryptSecrets(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    Decryption decryption = ctx.object.getSpec().getDecryption();
    if (decryption == null) {
      return StepResult.CONTINUE;
    }
    SopsDecryptor decryptor = null;
    List<GenericKubernetesResource> objects = new ArrayList<>(ctx.objects);
    List<String> yaml = new ArrayList<>(ctx.renderedYaml);
    for (int i = 0; i < objects.size(); i++) {
      GenericKubernetesResource object = objects.get(i);
      if (!SopsSecrets.isEncrypted(object) || SopsSecrets.decryptionDisabled(object)) {
        continue;
      }
      if (decryptor == null) {
        decryptor = decryptor(ctx, decryption);
      }
      String subject = ObjectRef.of(object).subject();
      try {
        byte[] plain =
            decryptor.decrypt(yaml.get(i).getBytes(StandardCharsets.UTF_8), SopsFormat.YAML);
        String text = new String(plain, StandardCharsets.UTF_8);
        objects.set(i, YAML.unmarshal(text, GenericKubernetesResource.class));
        yaml.set(i, text);
      } catch (SopsException | RuntimeException e) {
        throw new GenericError(
            Reasons.BUILD_FAILED,
            "failed to decrypt and format '" + subject + "': " + e.getMessage(),
            e);
      }
    }
    ctx.objects = objects;
    ctx.renderedYaml = yaml;
    return StepResult.CONTINUE;
  }

  private SopsDecryptor decryptor(KustomizationContext ctx, Decryption decryption)
      throws GenericError {
    String provider = String.valueOf(decryption.getProvider());
    if (!"sops".equals(provider)) {
      throw new GenericError(
          Reasons.BUILD_FAILED, "decryption provider '" + provider + "' is not supported");
    }
    if (decryption.getSecretRef() == null || decryption.getSecretRef().getName() == null) {
      throw new GenericError(
          Reasons.BUILD_FAILED, "decryption.secretRef is required to decrypt SOPS Secrets");
    }
    String name = decryption.getSecretRef().getName();
    String key = ctx.namespace() + "/" + name;
    Secret secret;
    try {
      secret = client.secrets().inNamespace(ctx.namespace()).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new GenericError(
          Reasons.BUILD_FAILED, "cannot get decryption Secret '" + key + "': " + e.getMessage(), e);
    }
    if (secret == null) {
      throw new GenericError(Reasons.BUILD_FAILED, "decryption Secret '" + key + "' not found");
    }
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    try {
      return SopsDecryptor.fromSecretData(data).verifyMac(false);
    } catch (SopsException e) {
      throw new GenericError(
          Reasons.BUILD_FAILED,
          "invalid age key in decryption Secret '" + key + "': " + e.getMessage(),
          e);
    }
  }
}
