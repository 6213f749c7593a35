package io.tideline.kustomize.remote;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Reads the kubeconfig a {@code kubeConfig.secretRef} points at, in the Kustomization's namespace
 * of the controller's own cluster: key {@code secretRef.key} when set, else {@code value}, else
 * {@code value.yaml} (Flux's order). Messages follow Flux's wording.
 */
public final class KubeConfigSecret {

  private final KubernetesClient client;

  public KubeConfigSecret(KubernetesClient client) {
    this.client = client;
  }

  /** The kubeconfig text and where it came from. */
  public record Contents(String source, String kubeconfig) {}

  public Contents read(String namespace, String name, String key) throws KubeConfigException {
    String ref = namespace + "/" + name;
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      String reason = KubeConfigException.reason(e);
      throw new KubeConfigException(
          "unable to read KubeConfig secret '" + ref + "' error: " + reason);
    }
    if (secret == null) {
      throw new KubeConfigException(
          "unable to read KubeConfig secret '"
              + ref
              + "' error: secrets \""
              + name
              + "\" not found");
    }
    return select(ref, secret.getData() == null ? Map.of() : secret.getData(), key);
  }

  /** Picks the key out of a Secret's (base64) data. */
  static Contents select(String ref, Map<String, String> data, String key)
      throws KubeConfigException {
    String chosen;
    if (key != null && !key.isEmpty()) {
      if (!data.containsKey(key)) {
        throw new KubeConfigException(
            "KubeConfig secret '"
                + ref
                + "' does not contain a '"
                + key
                + "' key with a kubeconfig");
      }
      chosen = key;
    } else if (data.containsKey("value")) {
      chosen = "value";
    } else if (data.containsKey("value.yaml")) {
      chosen = "value.yaml";
    } else {
      throw new KubeConfigException(
          "KubeConfig secret '" + ref + "' does not contain a 'value' key with a kubeconfig");
    }
    String source = "KubeConfig secret '" + ref + "' key '" + chosen + "'";
    try {
      byte[] bytes = Base64.getDecoder().decode(data.get(chosen));
      return new Contents(source, new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new KubeConfigException(source + " is not valid base64");
    }
  }
}
