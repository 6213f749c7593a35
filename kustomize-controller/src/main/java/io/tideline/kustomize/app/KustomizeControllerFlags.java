package io.tideline.kustomize.app;

import static io.tideline.controller.flags.FlagType.BOOL;
import static io.tideline.controller.flags.FlagType.INT;
import static io.tideline.controller.flags.FlagType.REPEATED;
import static io.tideline.controller.flags.FlagType.STRING;

import io.tideline.controller.flags.CommonFlags;
import io.tideline.controller.flags.FlagSet;
import io.tideline.controller.flags.FluxFlag;
import io.tideline.controller.flags.ValueRule;

/**
 * Flux kustomize-controller's command line: the flags every Flux controller shares ({@link
 * CommonFlags}) plus its own apply, SOPS, kubeconfig and lockdown flags. Every flag becomes {@code
 * kustomize-controller.<name>}, read by {@link KustomizeControllerConfig}.
 */
public final class KustomizeControllerFlags {

  /** The QOSDK controller name of {@link KustomizationController}. */
  static final String KUSTOMIZATION = "kustomization";

  /** kustomize-controller's flags, with Flux's defaults. */
  public static final FlagSet FLAGS =
      CommonFlags.builder("kustomize-controller", KUSTOMIZATION)
          .redefault("concurrent", "4", "parallel Kustomization reconciles")
          .redefault(
              "requeue-dependency", "30s", "retry delay while a source or dependency is not ready")
          .redefault(
              "watch-label-selector",
              "",
              "only reconcile Kustomizations matching this label selector")
          .redefault(
              "watch-configs-label-selector",
              "reconcile.fluxcd.io/watch=Enabled",
              "ConfigMaps/Secrets whose changes retrigger Kustomizations")
          .redefault(
              "default-service-account",
              "",
              "service account impersonated when spec.serviceAccountName is empty")
          .add(
              FluxFlag.of(
                      "concurrent-ssa", "4", INT, "parallel server-side apply calls per reconcile")
                  .withRule(ValueRule.atLeast(1)),
              FluxFlag.of(
                  "no-cross-namespace-refs", "false", BOOL, "deny sourceRefs to other namespaces"),
              FluxFlag.of(
                  "no-remote-bases", "false", BOOL, "deny remote bases in kustomization.yaml"),
              FluxFlag.of("http-retry", "9", INT, "artifact download retries"),
              FluxFlag.of(
                  "default-decryption-service-account",
                  "",
                  STRING,
                  "accepted; cloud KMS workload identity is not supported"),
              FluxFlag.of(
                  "default-kubeconfig-service-account",
                  "",
                  STRING,
                  "ServiceAccount for kubeConfig.configMapRef provider generic when none is named"),
              FluxFlag.of(
                  "sops-age-secret",
                  "",
                  STRING,
                  "Secret in the controller namespace with fallback age keys"),
              FluxFlag.of("sops-vault-configmap", "", STRING, "accepted; Vault is not supported"),
              FluxFlag.of(
                  "override-manager",
                  "",
                  REPEATED,
                  "extra field managers whose changes are reverted"),
              FluxFlag.of(
                  "custom-apply-stage-kinds",
                  "",
                  STRING,
                  "group/Kind,… applied before other namespaced objects"),
              FluxFlag.of(
                  "insecure-kubeconfig-exec",
                  "false",
                  BOOL,
                  "allow exec plugins and auth providers in spec.kubeConfig"),
              FluxFlag.of(
                  "insecure-kubeconfig-tls",
                  "false",
                  BOOL,
                  "allow insecure TLS in spec.kubeConfig"))
          .build();

  private KustomizeControllerFlags() {}
}
