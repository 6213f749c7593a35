package io.tideline.kustomize.remote;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.KubeConfigReference;

/**
 * Resolves a {@code spec.kubeConfig} reference, in the object's namespace of the controller's own
 * cluster, into a {@link RemoteKubeConfig}: a Secret holding a kubeconfig ({@link
 * KubeConfigSecret}, checked by {@link KubeConfigLoader}) or a ConfigMap naming a workload-identity
 * provider ({@link ProviderKubeConfig}).
 */
public final class KubeConfigResolver {

  private final KubeConfigSecret secrets;
  private final KubeConfigLoader loader;
  private final ProviderKubeConfig providers;

  public KubeConfigResolver(KubernetesClient client, KubeConfigPolicy policy) {
    this.secrets = new KubeConfigSecret(client);
    this.loader = new KubeConfigLoader(policy);
    this.providers = new ProviderKubeConfig(client, policy);
  }

  public RemoteKubeConfig resolve(String namespace, KubeConfigReference ref)
      throws KubeConfigException {
    if (ref.getSecretRef() != null) {
      KubeConfigSecret.Contents contents =
          secrets.read(namespace, ref.getSecretRef().getName(), ref.getSecretRef().getKey());
      return new RemoteKubeConfig(
          contents.source(),
          RemoteKubeConfig.sha256(contents.kubeconfig()),
          () -> loader.load(contents.source(), contents.kubeconfig()));
    }
    if (ref.getConfigMapRef() != null) {
      return providers.resolve(namespace, ref.getConfigMapRef().getName());
    }
    throw new KubeConfigException(
        "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be"
            + " specified");
  }
}
