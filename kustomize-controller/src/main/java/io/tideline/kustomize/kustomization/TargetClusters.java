package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.kustomize.remote.KubeConfigException;
import io.tideline.kustomize.remote.KubeConfigPolicy;
import io.tideline.kustomize.remote.KubeConfigResolver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each Kustomization the {@link TargetCluster} of the identity it runs under: the
 * controller's own, or — with {@code spec.serviceAccountName} or {@code --default-service-account}
 * — a client impersonating {@code system:serviceaccount:<namespace>:<name>}. With {@code
 * spec.kubeConfig} the target is the remote cluster ({@link RemoteTargets}) and the impersonation
 * happens there. Local targets are kept for the life of the controller; a remote target is leased
 * and must be {@link #release released} after the reconcile.
 */
public final class TargetClusters implements AutoCloseable {

  private final KubernetesClient controllerClient;
  private final String fieldManager;
  private final String defaultServiceAccount;
  private final TargetCluster own;
  private final Map<String, TargetCluster> impersonated = new ConcurrentHashMap<>();
  private final RemoteTargets remote;

  public TargetClusters(
      KubernetesClient controllerClient, String fieldManager, String defaultServiceAccount) {
    this(controllerClient, fieldManager, defaultServiceAccount, KubeConfigPolicy.secure());
  }

  public TargetClusters(
      KubernetesClient controllerClient,
      String fieldManager,
      String defaultServiceAccount,
      KubeConfigPolicy kubeConfigPolicy) {
    this.controllerClient = controllerClient;
    this.fieldManager = fieldManager;
    this.defaultServiceAccount = defaultServiceAccount == null ? "" : defaultServiceAccount;
    this.own = new TargetCluster(controllerClient, fieldManager);
    this.remote =
        new RemoteTargets(
            new KubeConfigResolver(controllerClient, kubeConfigPolicy)::resolve, fieldManager);
  }

  /** The user the Kustomization impersonates, or empty for the controller's own identity. */
  String userOf(Kustomization object) {
    String sa = serviceAccountOf(object);
    return sa.isEmpty()
        ? ""
        : "system:serviceaccount:" + object.getMetadata().getNamespace() + ":" + sa;
  }

  /**
   * Whether the ServiceAccount the Kustomization impersonates (if any) exists in its namespace,
   * looked up with the controller's own client as Flux does before pruning a deleted object.
   */
  boolean canImpersonate(Kustomization object) {
    String sa = serviceAccountOf(object);
    return sa.isEmpty()
        || controllerClient
                .serviceAccounts()
                .inNamespace(object.getMetadata().getNamespace())
                .withName(sa)
                .get()
            != null;
  }

  private String serviceAccountOf(Kustomization object) {
    String sa = object.getSpec().getServiceAccountName();
    return sa == null || sa.isEmpty() ? defaultServiceAccount : sa;
  }

  /**
   * The target of {@code object}; {@link #release} it when done.
   *
   * @throws KubeConfigException when {@code spec.kubeConfig} cannot be read or is refused
   */
  TargetCluster forKustomization(Kustomization object) throws KubeConfigException {
    String user = userOf(object);
    if (object.getSpec().getKubeConfig() != null) {
      return remote.acquire(object, user);
    }
    if (user.isEmpty()) {
      return own;
    }
    return impersonated.computeIfAbsent(
        user,
        u ->
            new TargetCluster(impersonating(u, object.getMetadata().getNamespace()), fieldManager));
  }

  /** Ends the use of a target from {@link #forKustomization}; null is ignored. */
  void release(TargetCluster target) {
    if (target != null) {
      remote.release(target);
    }
  }

  /** How many remote clients are cached. */
  int remoteClients() {
    return remote.size();
  }

  /** The groups a ServiceAccount of {@code namespace} belongs to, sent when impersonating it. */
  static String[] serviceAccountGroups(String namespace) {
    return new String[] {"system:serviceaccounts", "system:serviceaccounts:" + namespace};
  }

  private KubernetesClient impersonating(String user, String namespace) {
    Config config =
        new ConfigBuilder(controllerClient.getConfiguration())
            .withImpersonateUsername(user)
            .withImpersonateGroups(serviceAccountGroups(namespace))
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  @Override
  public void close() {
    impersonated.values().forEach(t -> t.client.close());
    impersonated.clear();
    remote.close();
  }
}
