package io.tideline.source.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses Flux source-controller's command-line flags ({@code --name=value}, {@code --name value},
 * {@code --bool}, single or double dash) into configuration properties: every flag becomes {@code
 * source-controller.<name>} (read by {@link SourceControllerConfig}); some also set the Quarkus or
 * QOSDK property that implements them. An unknown flag fails with a message naming it.
 */
public final class FluxFlags {

  /** A known flag: its name, default (as Flux documents it) and whether it is boolean. */
  public record Flag(String name, String defaultValue, boolean bool, String help) {}

  /** Flux's source-controller flags that Tideline accepts, with Flux's defaults. */
  public static final List<Flag> FLAGS =
      List.of(
          new Flag("storage-path", "/data", false, "artifact root folder"),
          new Flag("storage-addr", ":9090", false, "artifact file server bind address"),
          new Flag(
              "storage-adv-addr", "", false, "host (or http(s):// prefix) used in artifact URLs"),
          new Flag(
              "artifact-retention-ttl",
              "60s",
              false,
              "age after which older artifacts are garbage-collected"),
          new Flag("artifact-retention-records", "2", false, "artifacts kept per object"),
          new Flag("artifact-digest-algo", "sha256", false, "sha256, sha384 or sha512"),
          new Flag("concurrent", "2", false, "parallel reconciles"),
          new Flag("requeue-dependency", "30s", false, "retry delay while an include is not ready"),
          new Flag(
              "watch-all-namespaces", "true", true, "false: only the controller's own namespace"),
          new Flag(
              "watch-label-selector",
              "",
              false,
              "only reconcile objects matching this label selector"),
          new Flag(
              "metrics-addr", ":8080", false, "Prometheus /metrics (and /q/health) bind address"),
          new Flag("health-addr", ":9440", false, "/healthz and /readyz bind address"),
          new Flag("events-addr", "", false, "notification-controller URL to POST events to"),
          new Flag("enable-leader-election", "false", true, "lease-based leader election"),
          new Flag("leader-election-lease-duration", "35s", false, "lease duration"),
          new Flag("leader-election-renew-deadline", "30s", false, "renew deadline"),
          new Flag("leader-election-retry-period", "5s", false, "retry period"),
          new Flag(
              "leader-election-release-on-cancel", "true", true, "release the lease on shutdown"),
          new Flag("log-level", "info", false, "trace, debug, info or error"),
          new Flag("log-encoding", "json", false, "json or console"),
          new Flag("interval-jitter-percentage", "5", false, "± jitter on spec.interval, 0-99"),
          new Flag("min-retry-delay", "750ms", false, "first failure backoff"),
          new Flag("max-retry-delay", "15m", false, "maximum failure backoff"),
          new Flag("kube-api-qps", "50", false, "client QPS"),
          new Flag("kube-api-burst", "300", false, "client burst"),
          new Flag(
              "watch-configs-label-selector",
              "reconcile.fluxcd.io/watch=Enabled",
              false,
              "accepted, unused by source-controller"),
          new Flag(
              "default-service-account", "", false, "accepted; workload identity is not supported"),
          new Flag("token-cache-max-size", "100", false, "accepted; no cloud token cache"),
          new Flag("token-cache-max-duration", "1h", false, "accepted; no cloud token cache"),
          new Flag("feature-gates", "", false, "Name=true,Other=false (accepted)"),
          new Flag("helm-index-max-size", "52428800", false, "accepted; no Helm support yet"),
          new Flag("helm-chart-max-size", "10485760", false, "accepted; no Helm support yet"),
          new Flag("helm-chart-file-max-size", "5242880", false, "accepted; no Helm support yet"),
          new Flag("helm-cache-max-size", "0", false, "accepted; no Helm support yet"),
          new Flag("helm-cache-ttl", "15m", false, "accepted; no Helm support yet"),
          new Flag("helm-cache-purge-interval", "1m", false, "accepted; no Helm support yet"),
          new Flag("ssh-kex-algos", "", false, "accepted; JGit's defaults are used"),
          new Flag("ssh-hostkey-algos", "", false, "accepted; JGit's defaults are used"));

  /** Configuration prefix of {@link SourceControllerConfig}. */
  public static final String PREFIX = "source-controller.";

  /** A flag that is not one of {@link #FLAGS}, or a bad value. */
  public static final class FlagException extends IllegalArgumentException {
    public FlagException(String message) {
      super(message);
    }
  }

  private FluxFlags() {}

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
      String name = body;
      String value = null;
      int eq = body.indexOf('=');
      if (eq >= 0) {
        name = body.substring(0, eq);
        value = body.substring(eq + 1);
      }
      Flag flag = find(name);
      if (flag == null) {
        throw new FlagException("unknown flag: --" + name);
      }
      if (value == null) {
        if (flag.bool()) {
          value = "true";
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new FlagException("flag needs an argument: --" + name);
        }
      }
      values.put(flag.name(), validate(flag, value));
    }
    return toProperties(values);
  }

  static Flag find(String name) {
    for (Flag f : FLAGS) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static String validate(Flag flag, String value) {
    String v = value.trim();
    if (flag.bool()) {
      String lower = v.toLowerCase(Locale.ROOT);
      if (!List.of("true", "false", "1", "0", "t", "f").contains(lower)) {
        throw new FlagException(
            "invalid argument \""
                + value
                + "\" for \"--"
                + flag.name()
                + "\" flag: expected a boolean");
      }
      return Boolean.toString(lower.equals("true") || lower.equals("1") || lower.equals("t"));
    }
    switch (flag.name()) {
      case "log-level" -> requireOneOf(flag, v, "trace", "debug", "info", "error");
      case "log-encoding" -> requireOneOf(flag, v, "json", "console");
      case "artifact-digest-algo" -> requireOneOf(flag, v, "sha256", "sha384", "sha512");
      case "interval-jitter-percentage" -> {
        int p = requireInt(flag, v);
        if (p < 0 || p >= 100) {
          throw new FlagException(
              "--interval-jitter-percentage must be between 0 and 99, got " + v);
        }
      }
      case "concurrent", "artifact-retention-records", "kube-api-burst" -> {
        if (requireInt(flag, v) < 1) {
          throw new FlagException("--" + flag.name() + " must be at least 1, got " + v);
        }
      }
      case "artifact-retention-ttl", "requeue-dependency", "min-retry-delay", "max-retry-delay" -> {
        try {
          io.tideline.runtime.timing.GoDuration.parse(v);
        } catch (IllegalArgumentException e) {
          throw new FlagException(
              "invalid argument \""
                  + value
                  + "\" for \"--"
                  + flag.name()
                  + "\" flag: "
                  + e.getMessage());
        }
      }
      default -> {}
    }
    return v;
  }

  private static void requireOneOf(Flag flag, String v, String... allowed) {
    if (!List.of(allowed).contains(v)) {
      throw new FlagException(
          "invalid argument \""
              + v
              + "\" for \"--"
              + flag.name()
              + "\" flag: must be one of "
              + String.join(", ", allowed));
    }
  }

  private static int requireInt(Flag flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new FlagException(
          "invalid argument \"" + v + "\" for \"--" + flag.name() + "\" flag: not an integer");
    }
  }

  /** Maps flag values to configuration properties (the flag's own key plus the Quarkus ones). */
  static Map<String, String> toProperties(Map<String, String> flags) {
    Map<String, String> props = new LinkedHashMap<>();
    flags.forEach(
        (name, value) -> {
          props.put(PREFIX + name, value);
          switch (name) {
            case "metrics-addr" -> {
              BindAddress a = BindAddress.parse(value);
              props.put("quarkus.http.port", Integer.toString(a.port()));
              props.put("quarkus.http.host", a.host());
            }
            case "log-level" ->
                props.put(
                    "quarkus.log.level",
                    value.equals("trace") ? "TRACE" : value.toUpperCase(Locale.ROOT));
            case "log-encoding" ->
                props.put(
                    "quarkus.log.console.json.enabled", Boolean.toString(value.equals("json")));
            case "concurrent" ->
                props.put("quarkus.operator-sdk.concurrent-reconciliation-threads", value);
            case "watch-all-namespaces" -> {
              if (value.equals("false")) {
                props.put(
                    "quarkus.operator-sdk.controllers.gitrepository.namespaces",
                    "JOSDK_WATCH_CURRENT");
              }
            }
            case "watch-label-selector" -> {
              if (!value.isEmpty()) {
                props.put("quarkus.operator-sdk.controllers.gitrepository.selector", value);
              }
            }
            default -> {}
          }
        });
    return props;
  }

  /** The usage text, one line per flag with its default. */
  public static String usage() {
    StringBuilder sb = new StringBuilder("Usage of source-controller:\n");
    for (Flag f : FLAGS) {
      sb.append(
          String.format(
              "      --%-34s %s (default \"%s\")%n", f.name(), f.help(), f.defaultValue()));
    }
    return sb.toString();
  }
}
