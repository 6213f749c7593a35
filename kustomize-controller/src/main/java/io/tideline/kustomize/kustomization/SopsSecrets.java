package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;

/** Recognises SOPS-encrypted Secrets (a top-level {@code sops} key) and the decrypt opt-out. */
final class SopsSecrets {

  static final String DECRYPT_OPT_OUT = "kustomize.toolkit.fluxcd.io/decrypt";

  private SopsSecrets() {}

  static boolean isEncrypted(GenericKubernetesResource object) {
    return "Secret".equals(object.getKind())
        && "v1".equals(object.getApiVersion())
        && object.getAdditionalProperties().get("sops") instanceof Map<?, ?>;
  }

  static boolean decryptionDisabled(GenericKubernetesResource object) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations != null && "disabled".equalsIgnoreCase(annotations.get(DECRYPT_OPT_OUT));
  }
}
