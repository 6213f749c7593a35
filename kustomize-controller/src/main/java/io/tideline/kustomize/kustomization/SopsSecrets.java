package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;

/**
 * Recognises SOPS-encrypted objects and the decrypt opt-out, as Flux does: a {@code v1 Secret} with
 * a top-level {@code sops} key must be decrypted before it is applied; any object whose {@code
 * sops} key holds a non-empty {@code mac} is decrypted as a whole.
 */
final class SopsSecrets {

  static final String DECRYPT_OPT_OUT = "kustomize.toolkit.fluxcd.io/decrypt";

  private SopsSecrets() {}

  /** A {@code v1 Secret} carrying sops metadata (refused by the apply when not decrypted). */
  static boolean isEncrypted(GenericKubernetesResource object) {
    return "Secret".equals(object.getKind())
        && "v1".equals(object.getApiVersion())
        && object.getAdditionalProperties().get("sops") instanceof Map<?, ?>;
  }

  /** Any object whose sops metadata has a MAC: Flux decrypts it as a whole document. */
  static boolean isEncryptedDocument(GenericKubernetesResource object) {
    return object.getAdditionalProperties().get("sops") instanceof Map<?, ?> sops
        && sops.get("mac") instanceof String mac
        && !mac.isEmpty();
  }

  static boolean decryptionDisabled(GenericKubernetesResource object) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations != null && "disabled".equalsIgnoreCase(annotations.get(DECRYPT_OPT_OUT));
  }
}
