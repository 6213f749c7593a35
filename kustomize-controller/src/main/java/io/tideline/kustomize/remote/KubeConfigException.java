package io.tideline.kustomize.remote;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * A remote cluster's kubeconfig cannot be read or is not allowed. The message names the Secret or
 * ConfigMap, the key and the reason, and never contains secret material; it becomes the
 * Kustomization's Ready message.
 */
public final class KubeConfigException extends Exception {

  public KubeConfigException(String message) {
    super(message);
  }

  /** The API server's message for a failed request, else the client's. */
  static String reason(KubernetesClientException e) {
    return e.getStatus() == null ? e.getMessage() : e.getStatus().getMessage();
  }
}
