package io.tideline.kustomize.app;

import io.tideline.kustomize.app.FluxFlag.Type;
import io.tideline.runtime.timing.GoDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses Flux kustomize-controller's command-line flags ({@code --name=value}, {@code --name
 * value}, {@code --bool}, single or double dash) into configuration properties: every flag becomes
 * {@code kustomize-controller.<name>} (read by {@link KustomizeControllerConfig}); some also set
 * the Quarkus or QOSDK property that implements them. An unknown flag or a bad value fails with a
 * message naming it.
 */
public final class KustomizeFlags {

  /** Configuration prefix of {@link KustomizeControllerConfig}. */
  public static final String PREFIX = "kustomize-controller.";

  static final List<FluxFlag> FLAGS =
      List.of(
          flag("concurrent", "4", Type.INT, "parallel Kustomization reconciles"),
          flag("concurrent-ssa", "4", Type.INT, "parallel server-side apply calls per reconcile"),
          flag(
              "requeue-dependency",
              "30s",
              Type.DURATION,
              "retry delay while a source or dependency is not ready"),
          flag(
              "no-cross-namespace-refs", "false", Type.BOOL, "deny sourceRefs to other namespaces"),
          flag("no-remote-bases", "false", Type.BOOL, "deny remote bases in kustomization.yaml"),
          flag("http-retry", "9", Type.INT, "artifact download retries"),
          flag(
              "default-service-account",
              "",
              Type.STRING,
              "service account impersonated when spec.serviceAccountName is empty"),
          flag(
              "default-decryption-service-account",
              "",
              Type.STRING,
              "accepted; cloud KMS workload identity is not supported"),
          flag(
              "default-kubeconfig-service-account",
              "",
              Type.STRING,
              "accepted; cloud kubeconfig providers are not supported"),
          flag(
              "sops-age-secret",
              "",
              Type.STRING,
              "Secret in the controller namespace with fallback age keys"),
          flag("sops-vault-configmap", "", Type.STRING, "accepted; Vault is not supported"),
          flag(
              "override-manager",
              "",
              Type.REPEATED,
              "extra field managers whose changes are reverted"),
          flag(
              "custom-apply-stage-kinds",
              "",
              Type.STRING,
              "group/Kind,… applied before other namespaced objects"),
          flag(
              "insecure-kubeconfig-exec",
              "false",
              Type.BOOL,
              "allow exec plugins in spec.kubeConfig"),
          flag(
              "insecure-kubeconfig-tls",
              "false",
              Type.BOOL,
              "allow insecure TLS in spec.kubeConfig"),
          flag(
              "watch-all-namespaces",
              "true",
              Type.BOOL,
              "false: only the controller's own namespace"),
          flag(
              "watch-label-selector",
              "",
              Type.STRING,
              "only reconcile Kustomizations matching this label selector"),
          flag(
              "watch-configs-label-selector",
              "reconcile.fluxcd.io/watch=Enabled",
              Type.STRING,
              "ConfigMaps/Secrets whose changes retrigger Kustomizations"),
          flag(
              "metrics-addr",
              ":8080",
              Type.STRING,
              "Prometheus /metrics (and /q/health) bind address"),
          flag("health-addr", ":9440", Type.STRING, "/healthz and /readyz bind address"),
          flag("events-addr", "", Type.STRING, "notification-controller URL to POST events to"),
          flag("enable-leader-election", "false", Type.BOOL, "lease-based leader election"),
          flag("leader-election-lease-duration", "35s", Type.DURATION, "lease duration"),
          flag("leader-election-renew-deadline", "30s", Type.DURATION, "renew deadline"),
          flag("leader-election-retry-period", "5s", Type.DURATION, "retry period"),
          flag(
              "leader-election-release-on-cancel",
              "true",
              Type.BOOL,
              "release the lease on shutdown"),
          flag("log-level", "info", Type.STRING, "trace, debug, info or error"),
          flag("log-encoding", "json", Type.STRING, "json or console"),
          flag("interval-jitter-percentage", "5", Type.INT, "± jitter on spec.interval, 0-99"),
          flag("min-retry-delay", "750ms", Type.DURATION, "first failure backoff"),
          flag("max-retry-delay", "15m", Type.DURATION, "maximum failure backoff"),
          flag("kube-api-qps", "50", Type.INT, "client QPS"),
          flag("kube-api-burst", "300", Type.INT, "client burst"),
          flag("token-cache-max-size", "100", Type.INT, "accepted; no cloud token cache"),
          flag("token-cache-max-duration", "1h", Type.DURATION, "accepted; no cloud token cache"),
          flag("feature-gates", "", Type.STRING, "Name=true,Other=false"));

  /** An unknown flag, a missing value or an invalid value. */
  public static final class FlagException extends IllegalArgumentException {
    public FlagException(String message) {
      super(message);
    }
  }

  private KustomizeFlags() {}

  private static FluxFlag flag(String name, String defaultValue, Type type, String help) {
    return new FluxFlag(name, defaultValue, type, help);
  }

  /**
   * @return configuration properties to set, in order; empty for no arguments
   * @throws FlagException for an unknown flag, a missing value or an invalid value
   */
  public static Map<String, String> parse(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        throw new FlagException("unexpected argument: " + arg);
      }
      String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
      int eq = body.indexOf('=');
      String name = eq >= 0 ? body.substring(0, eq) : body;
      String value = eq >= 0 ? body.substring(eq + 1) : null;
      FluxFlag flag =
          FLAGS.stream()
              .filter(f -> f.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new FlagException("unknown flag: --" + name));
      if (value == null) {
        if (flag.type() == Type.BOOL) {
          value = "true";
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new FlagException("flag needs an argument: --" + name);
        }
      }
      String valid = validate(flag, value.trim());
      values.merge(flag.name(), valid, (a, b) -> flag.type() == Type.REPEATED ? a + "," + b : b);
    }
    return toProperties(values);
  }

  private static String validate(FluxFlag flag, String v) {
    switch (flag.type()) {
      case BOOL -> {
        String lower = v.toLowerCase(Locale.ROOT);
        if (!List.of("true", "false", "1", "0", "t", "f").contains(lower)) {
          throw invalid(flag, v, "expected a boolean");
        }
        return Boolean.toString(lower.equals("true") || lower.equals("1") || lower.equals("t"));
      }
      case INT -> {
        int n;
        try {
          n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
          throw invalid(flag, v, "not an integer");
        }
        if (flag.name().equals("interval-jitter-percentage") && (n < 0 || n >= 100)) {
          throw invalid(flag, v, "must be between 0 and 99");
        }
        if (flag.name().startsWith("concurrent") && n < 1) {
          throw invalid(flag, v, "must be at least 1");
        }
      }
      case DURATION -> {
        try {
          GoDuration.parse(v);
        } catch (IllegalArgumentException e) {
          throw invalid(flag, v, e.getMessage());
        }
      }
      default -> {
        if (flag.name().equals("log-level")
            && !List.of("trace", "debug", "info", "error").contains(v)) {
          throw invalid(flag, v, "must be one of trace, debug, info, error");
        }
        if (flag.name().equals("log-encoding") && !List.of("json", "console").contains(v)) {
          throw invalid(flag, v, "must be one of json, console");
        }
      }
    }
    return v;
  }

  private static FlagException invalid(FluxFlag flag, String value, String why) {
    return new FlagException(
        "invalid argument \"" + value + "\" for \"--" + flag.name() + "\" flag: " + why);
  }

  /** Maps flag values to configuration properties (the flag's own key plus the Quarkus ones). */
  static Map<String, String> toProperties(Map<String, String> flags) {
    Map<String, String> props = new LinkedHashMap<>();
    flags.forEach(
        (name, value) -> {
          props.put(PREFIX + name, value);
          switch (name) {
            case "metrics-addr" -> {
              BindAddress address = BindAddress.parse(value);
              props.put("quarkus.http.port", Integer.toString(address.port()));
              props.put("quarkus.http.host", address.host());
            }
            case "log-level" -> props.put("quarkus.log.level", value.toUpperCase(Locale.ROOT));
            case "log-encoding" ->
                props.put(
                    "quarkus.log.console.json.enabled", Boolean.toString(value.equals("json")));
            case "concurrent" ->
                props.put("quarkus.operator-sdk.concurrent-reconciliation-threads", value);
            case "watch-all-namespaces" -> {
              if (value.equals("false")) {
                props.put(
                    "quarkus.operator-sdk.controllers.kustomization.namespaces",
                    "JOSDK_WATCH_CURRENT");
              }
            }
            case "watch-label-selector" -> {
              if (!value.isEmpty()) {
                props.put("quarkus.operator-sdk.controllers.kustomization.selector", value);
              }
            }
            default -> {}
          }
        });
    return props;
  }

  /** The usage text, one line per flag with its default. */
  public static String usage() {
    StringBuilder sb = new StringBuilder("Usage of kustomize-controller:\n");
    for (FluxFlag f : FLAGS) {
      sb.append(
          String.format(
              "      --%-38s %s (default \"%s\")%n", f.name(), f.help(), f.defaultValue()));
    }
    return sb.toString();
  }
}
