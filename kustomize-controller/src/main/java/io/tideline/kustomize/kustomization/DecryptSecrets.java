package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
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
import java.util.Optional;

/**
 * Flux's {@code spec.decryption} (provider {@code sops}) for built objects, after the build and
 * before variable substitution, with the keys {@link DecryptSources} loaded. Objects annotated
 * {@code kustomize.toolkit.fluxcd.io/decrypt: disabled} are skipped. An object whose {@code sops}
 * metadata has a MAC (YAML- or JSON-encrypted manifests) is decrypted as a whole; in any other
 * Secret each {@code data} entry holding a SOPS document (found by its MAC marker, such as a
 * generated entry from an encrypted file) is decrypted and written in the format its key names
 * ({@code .yaml}, {@code .json}, {@code .env}, else the raw bytes). As in Flux the MAC of a built
 * object is not checked: kustomize reorders keys and stamps namespaces and labels into it, which
 * the MAC covers. (Source files decrypted before the build are MAC-checked.) A failure is {@code
 * BuildFailed} naming the object (and the data key); nothing is applied. Without {@code
 * spec.decryption} encrypted Secrets are left for {@link ApplyManifests} to refuse.
 */
final class DecryptSecrets implements ReconcileStep<KustomizationContext> {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  @Override
  public StepResult run(KustomizationContext ctx) throws ReconcileError {
    if (ctx.object.getSpec().getDecryption() == null || ctx.decryptor == null) {
      return StepResult.CONTINUE;
    }
    Built decrypted = decrypt(new Built(ctx.objects, ctx.renderedYaml), ctx.decryptor);
    ctx.objects = decrypted.objects();
    ctx.renderedYaml = decrypted.yaml();
    return StepResult.CONTINUE;
  }

  /** Built objects with the YAML the engine printed for each, in the same order. */
  record Built(List<GenericKubernetesResource> objects, List<String> yaml) {}

  /** The built objects with every SOPS document in them decrypted. */
  static Built decrypt(Built built, SopsDecryptor keys) throws GenericError {
    SopsDecryptor decryptor = keys.verifyMac(false);
    List<GenericKubernetesResource> objects = new ArrayList<>(built.objects());
    List<String> yaml = new ArrayList<>(built.yaml());
    for (int i = 0; i < objects.size(); i++) {
      GenericKubernetesResource object = objects.get(i);
      if (SopsSecrets.decryptionDisabled(object)) {
        continue;
      }
      String subject = ObjectRef.of(object).subject();
      try {
        if (SopsSecrets.isEncryptedDocument(object)) {
          byte[] plain =
              decryptor.decrypt(yaml.get(i).getBytes(StandardCharsets.UTF_8), SopsFormat.YAML);
          String text = new String(plain, StandardCharsets.UTF_8);
          objects.set(i, YAML.unmarshal(text, GenericKubernetesResource.class));
          yaml.set(i, text);
        } else if ("Secret".equals(object.getKind())) {
          Optional<GenericKubernetesResource> decrypted = decryptData(object, decryptor);
          if (decrypted.isPresent()) {
            objects.set(i, decrypted.get());
            yaml.set(i, YAML.asYaml(decrypted.get()));
          }
        }
      } catch (DataEntryException e) {
        throw new GenericError(
            Reasons.BUILD_FAILED,
            "decryption failed for '" + subject + "': Secret field '" + e.key + "': " + e.reason,
            e);
      } catch (SopsException e) {
        throw new GenericError(
            Reasons.BUILD_FAILED, "decryption failed for '" + subject + "': " + e.getMessage(), e);
      } catch (RuntimeException e) {
        // the parser's message would quote the decrypted text
        throw new GenericError(
            Reasons.BUILD_FAILED,
            "decryption failed for '"
                + subject
                + "': the decrypted document is not a valid object");
      }
    }
    return new Built(objects, yaml);
  }

  /** The Secret with its SOPS-encrypted data entries decrypted, or empty when it has none. */
  private static Optional<GenericKubernetesResource> decryptData(
      GenericKubernetesResource secret, SopsDecryptor decryptor) throws DataEntryException {
    if (!(secret.getAdditionalProperties().get("data") instanceof Map<?, ?> data)) {
      return Optional.empty();
    }
    Map<Object, Object> decrypted = new LinkedHashMap<>(data);
    boolean changed = false;
    for (Map.Entry<?, ?> entry : data.entrySet()) {
      if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String value)) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(value);
      } catch (IllegalArgumentException e) {
        continue;
      }
      Optional<SopsFormat> input = SopsDecryptor.detectFormat(bytes);
      if (input.isEmpty()) {
        continue;
      }
      try {
        byte[] plain = decryptor.decrypt(bytes, input.get(), SopsFormat.forPath(key));
        decrypted.put(key, Base64.getEncoder().encodeToString(plain));
        changed = true;
      } catch (SopsException e) {
        throw new DataEntryException(key, e.getMessage());
      }
    }
    if (!changed) {
      return Optional.empty();
    }
    GenericKubernetesResource copy = YAML.clone(secret);
    copy.getAdditionalProperties().put("data", decrypted);
    return Optional.of(copy);
  }

  /** A data entry of a Secret could not be decrypted. */
  private static final class DataEntryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String reason;

    DataEntryException(String key, String reason) {
      super(reason);
      this.key = key;
      this.reason = reason;
    }
  }
}
