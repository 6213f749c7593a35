package io.tideline.source.app;

import static io.tideline.controller.flags.FlagType.BIND_ADDRESS;
import static io.tideline.controller.flags.FlagType.DURATION;
import static io.tideline.controller.flags.FlagType.INT;
import static io.tideline.controller.flags.FlagType.REPEATED;
import static io.tideline.controller.flags.FlagType.STRING;

import io.tideline.controller.flags.CommonFlags;
import io.tideline.controller.flags.FlagSet;
import io.tideline.controller.flags.FluxFlag;
import io.tideline.controller.flags.ValueRule;

/**
 * Flux source-controller's command line: the flags every Flux controller shares ({@link
 * CommonFlags}, with source-controller's {@code --concurrent} default of 2) plus its own storage,
 * artifact, Helm and SSH flags. Every flag becomes {@code source-controller.<name>}, read by {@link
 * SourceControllerConfig}.
 */
public final class SourceControllerFlags {

  /** source-controller's flags, with Flux's defaults. */
  public static final FlagSet FLAGS =
      CommonFlags.builder("source-controller", GitRepositoryController.NAME)
          .redefault("concurrent", "2", "parallel reconciles")
          .redefault(
              "requeue-dependency", "30s", "retry delay while an included repository is not ready")
          .redefault(
              "watch-configs-label-selector",
              "reconcile.fluxcd.io/watch=Enabled",
              "accepted, unused by source-controller")
          .redefault("default-service-account", "", "accepted; workload identity is not supported")
          .redefault("feature-gates", "", "Name=true,Other=false (accepted)")
          .add(
              FluxFlag.of("storage-path", "/data", STRING, "artifact root folder"),
              FluxFlag.of(
                  "storage-addr", ":9090", BIND_ADDRESS, "artifact file server bind address"),
              FluxFlag.of(
                  "storage-adv-addr",
                  "",
                  STRING,
                  "host (or http(s):// prefix) used in artifact URLs"),
              FluxFlag.of(
                  "artifact-retention-ttl",
                  "60s",
                  DURATION,
                  "age after which older artifacts are garbage-collected"),
              FluxFlag.of("artifact-retention-records", "2", INT, "artifacts kept per object")
                  .withRule(ValueRule.atLeast(1)),
              FluxFlag.of("artifact-digest-algo", "sha256", STRING, "sha256, sha384 or sha512")
                  .withRule(ValueRule.oneOf("sha256", "sha384", "sha512")),
              FluxFlag.of("helm-index-max-size", "52428800", INT, "accepted; no Helm support yet"),
              FluxFlag.of("helm-chart-max-size", "10485760", INT, "accepted; no Helm support yet"),
              FluxFlag.of(
                  "helm-chart-file-max-size", "5242880", INT, "accepted; no Helm support yet"),
              FluxFlag.of("helm-cache-max-size", "0", INT, "accepted; no Helm support yet"),
              FluxFlag.of("helm-cache-ttl", "15m", DURATION, "accepted; no Helm support yet"),
              FluxFlag.of(
                  "helm-cache-purge-interval", "1m", DURATION, "accepted; no Helm support yet"),
              FluxFlag.of("ssh-kex-algos", "", REPEATED, "accepted; JGit's defaults are used"),
              FluxFlag.of("ssh-hostkey-algos", "", REPEATED, "accepted; JGit's defaults are used"))
          .build();

  private SourceControllerFlags() {}
}
