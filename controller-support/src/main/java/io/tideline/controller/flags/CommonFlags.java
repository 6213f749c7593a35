package io.tideline.controller.flags;

import static io.tideline.controller.flags.FlagType.BIND_ADDRESS;
import static io.tideline.controller.flags.FlagType.BOOL;
import static io.tideline.controller.flags.FlagType.DURATION;
import static io.tideline.controller.flags.FlagType.FLOAT;
import static io.tideline.controller.flags.FlagType.INT;
import static io.tideline.controller.flags.FlagType.REPEATED;
import static io.tideline.controller.flags.FlagType.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flags every Flux controller takes from fluxcd/pkg (flux-api.md §8.1), with Flux's defaults,
 * mapped onto the Quarkus and Quarkus Operator SDK properties that implement them. A controller
 * starts from {@link #builder}, adjusts defaults ({@code --concurrent} is 2 in source-controller)
 * and adds its own flags.
 */
public final class CommonFlags {

  private CommonFlags() {}

  /**
   * @param command the binary's name, also the prefix of the flags' own properties
   * @param reconcilers the QOSDK controller names {@code --watch-all-namespaces} and {@code
   *     --watch-label-selector} apply to
   */
  public static FlagSet.Builder builder(String command, String... reconcilers) {
    return FlagSet.builder(command).add(flags(List.of(reconcilers)).toArray(FluxFlag[]::new));
  }

  static List<FluxFlag> flags(List<String> reconcilers) {
    return List.of(
        FluxFlag.of(
                "metrics-addr",
                ":8080",
                BIND_ADDRESS,
                "Prometheus /metrics (and /q/health) bind address")
            .withExtraProperties(CommonFlags::httpServer),
        FluxFlag.of("health-addr", ":9440", BIND_ADDRESS, "/healthz and /readyz bind address"),
        FluxFlag.of("events-addr", "", STRING, "notification-controller URL to POST events to")
            .withRule(ValueRule.httpUrlOrEmpty()),
        FluxFlag.of("concurrent", "4", INT, "parallel reconciles")
            .withRule(ValueRule.atLeast(1))
            .withExtraProperties(
                v -> Map.of("quarkus.operator-sdk.concurrent-reconciliation-threads", v)),
        FluxFlag.of(
            "requeue-dependency", "30s", DURATION, "retry delay while a dependency is not ready"),
        FluxFlag.of("enable-leader-election", "false", BOOL, "lease-based leader election"),
        FluxFlag.of("leader-election-lease-duration", "35s", DURATION, "lease duration"),
        FluxFlag.of("leader-election-renew-deadline", "30s", DURATION, "renew deadline"),
        FluxFlag.of("leader-election-retry-period", "5s", DURATION, "retry period"),
        FluxFlag.of(
            "leader-election-release-on-cancel", "true", BOOL, "release the lease on shutdown"),
        FluxFlag.of("log-level", "info", STRING, "trace, debug, info or error")
            .withRule(ValueRule.oneOf("trace", "debug", "info", "error"))
            .withExtraProperties(v -> Map.of("quarkus.log.level", v.toUpperCase(Locale.ROOT))),
        FluxFlag.of("log-encoding", "json", STRING, "json or console")
            .withRule(ValueRule.oneOf("json", "console"))
            .withExtraProperties(
                v ->
                    Map.of("quarkus.log.console.json.enabled", Boolean.toString(v.equals("json")))),
        FluxFlag.of("interval-jitter-percentage", "5", INT, "± jitter on spec.interval, 0-99")
            .withRule(ValueRule.between(0, 99)),
        FluxFlag.of("min-retry-delay", "750ms", DURATION, "first failure backoff"),
        FluxFlag.of("max-retry-delay", "15m", DURATION, "maximum failure backoff"),
        FluxFlag.of("watch-all-namespaces", "true", BOOL, "false: only the controller's namespace")
            .withExtraProperties(
                v ->
                    v.equals("false")
                        ? perReconciler(reconcilers, "namespaces", "JOSDK_WATCH_CURRENT")
                        : Map.of()),
        FluxFlag.of(
                "watch-label-selector",
                "",
                STRING,
                "only reconcile objects matching this label selector")
            .withExtraProperties(
                v -> v.isEmpty() ? Map.of() : perReconciler(reconcilers, "selector", v)),
        FluxFlag.of(
            "watch-configs-label-selector",
            "reconcile.fluxcd.io/watch=Enabled",
            STRING,
            "ConfigMaps/Secrets whose changes retrigger referencing objects"),
        FluxFlag.of("kube-api-qps", "50", FLOAT, "client QPS"),
        FluxFlag.of("kube-api-burst", "300", INT, "client burst").withRule(ValueRule.atLeast(1)),
        FluxFlag.of("default-service-account", "", STRING, "default service account"),
        FluxFlag.of("token-cache-max-size", "100", INT, "accepted; no cloud token cache"),
        FluxFlag.of("token-cache-max-duration", "1h", DURATION, "accepted; no cloud token cache"),
        FluxFlag.of("feature-gates", "", REPEATED, "Name=true,Other=false")
            .withRule(ValueRule.featureGates()));
  }

  private static Map<String, String> httpServer(String address) {
    BindAddress bind = BindAddress.parse(address);
    return Map.of(
        "quarkus.http.port", Integer.toString(bind.port()), "quarkus.http.host", bind.host());
  }

  private static Map<String, String> perReconciler(
      List<String> reconcilers, String key, String value) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String reconciler : reconcilers) {
      properties.put("quarkus.operator-sdk.controllers." + reconciler + "." + key, value);
    }
    return properties;
  }
}
