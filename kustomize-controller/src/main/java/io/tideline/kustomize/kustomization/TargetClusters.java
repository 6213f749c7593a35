package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.tideline.api.kustomize.v1.Kustomization;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each Kustomization the {@link TargetCluster} of the identity it runs under: the
 * controller's own, or — with {@code spec.serviceAccountName} or {@code --default-service-account}
 * — a client impersonating {@code system:serviceaccount:<namespace>:<name>}. One target (client and
 * discovery cache) per identity, kept for the life of the controller.
 */
public final class TargetClusters implements AutoCloseable {

  private final KubernetesClient controllerClient;
  private final String fieldManager;
  private final String defaultServiceAccount;
  private final TargetCluster own;
  private final Map<String, TargetCluster> impersonated = new ConcurrentHashMap<>();

  public TargetClusters(
      KubernetesClient controllerClient, String fieldManager, String defaultServiceAccount) {
    this.controllerClient = controllerClient;
    this.fieldManager = fieldManager;
    this.defaultServiceAccount = defaultServiceAccount == null ? "" : defaultServiceAccount;
    this.own = new TargetCluster(controllerClient, fieldManager);
  }

  /** The user the Kustomization impersonates, or empty for the controller's own identity. */
  String userOf(Kustomization object) {
    String sa = object.getSpec().getServiceAccountName();
    if (sa == null || sa.isEmpty()) {
      sa = defaultServiceAccount;
    }
    return sa.isEmpty()
        ? ""
        : "system:serviceaccount:" + object.getMetadata().getNamespace() + ":" + sa;
  }

  TargetCluster forKustomization(Kustomization object) {
    String user = userOf(object);
    if (user.isEmpty()) {
      return own;
    }
    return impersonated.computeIfAbsent(
        user,
        u ->
            new TargetCluster(impersonating(u, object.getMetadata().getNamespace()), fieldManager));
  }

  private KubernetesClient impersonating(String user, String namespace) {
    Config config =
        new ConfigBuilder(controllerClient.getConfiguration())
            .withImpersonateUsername(user)
            .withImpersonateGroups("system:serviceaccounts", "system:serviceaccounts:" + namespace)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  @Override
  public void close() {
    impersonated.values().forEach(t -> t.client.close());
    impersonated.clear();
  }
}
