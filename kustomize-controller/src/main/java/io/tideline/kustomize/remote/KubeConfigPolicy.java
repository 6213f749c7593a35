package io.tideline.kustomize.remote;

/**
 * What a user-supplied kubeconfig ({@code spec.kubeConfig}) may do, from Flux's flags.
 *
 * @param allowExec {@code --insecure-kubeconfig-exec}: allow {@code users[].user.exec} credential
 *     plugins and {@code auth-provider} entries (they run code or reach identity providers from the
 *     controller)
 * @param allowInsecureTls {@code --insecure-kubeconfig-tls}: allow {@code insecure-skip-tls-verify:
 *     true}
 * @param defaultServiceAccount {@code --default-kubeconfig-service-account}: the ServiceAccount
 *     whose token a {@code configMapRef} provider uses when the ConfigMap names none
 * @param objectLevelWorkloadIdentity feature gate {@code ObjectLevelWorkloadIdentity}: required
 *     before a ServiceAccount's token may be used for a {@code configMapRef} provider
 */
public record KubeConfigPolicy(
    boolean allowExec,
    boolean allowInsecureTls,
    String defaultServiceAccount,
    boolean objectLevelWorkloadIdentity) {

  public KubeConfigPolicy {
    defaultServiceAccount = defaultServiceAccount == null ? "" : defaultServiceAccount;
  }

  /** Flux's defaults: no exec plugins, no insecure TLS, no default ServiceAccount, gate off. */
  public static KubeConfigPolicy secure() {
    return new KubeConfigPolicy(false, false, "", false);
  }
}
