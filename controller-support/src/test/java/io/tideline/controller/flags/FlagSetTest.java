package io.tideline.controller.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FlagSetTest {

  /** The shared flags plus one of each remaining type, for a controller with two reconcilers. */
  static final FlagSet FLAGS =
      CommonFlags.builder("demo-controller", "alpha", "beta")
          .redefault("concurrent", "2", "parallel demo reconciles")
          .add(
              FluxFlag.of("storage-path", "/data", FlagType.STRING, "where files go"),
              FluxFlag.of("override-manager", "", FlagType.REPEATED, "field managers"),
              FluxFlag.of("digest", "sha256", FlagType.STRING, "digest algorithm")
                  .withRule(ValueRule.oneOf("sha256", "sha512")))
          .build();

  record Case(String name, List<String> args, Map<String, String> expected) {}

  static Stream<Case> accepted() {
    return Stream.of(
        new Case("no arguments", List.of(), Map.of()),
        new Case(
            "Flux install's events address",
            List.of("--events-addr=http://notification-controller.flux-system.svc.cluster.local./"),
            Map.of(
                "demo-controller.events-addr",
                "http://notification-controller.flux-system.svc.cluster.local./")),
        new Case(
            "no events address",
            List.of("--events-addr="),
            Map.of("demo-controller.events-addr", "")),
        new Case(
            "--name=value",
            List.of("--storage-path=/var/data"),
            Map.of("demo-controller.storage-path", "/var/data")),
        new Case(
            "--name value",
            List.of("--storage-path", "/var/data"),
            Map.of("demo-controller.storage-path", "/var/data")),
        new Case(
            "single dash",
            List.of("-storage-path=/x"),
            Map.of("demo-controller.storage-path", "/x")),
        new Case(
            "value with = inside",
            List.of("--watch-configs-label-selector=a=b"),
            Map.of("demo-controller.watch-configs-label-selector", "a=b")),
        new Case(
            "bare switch",
            List.of("--enable-leader-election"),
            Map.of("demo-controller.enable-leader-election", "true")),
        new Case(
            "switch with Go boolean spelling",
            List.of("-leader-election-release-on-cancel=F"),
            Map.of("demo-controller.leader-election-release-on-cancel", "false")),
        new Case(
            "metrics-addr sets the Quarkus HTTP server",
            List.of("--metrics-addr=127.0.0.1:8081"),
            Map.of(
                "demo-controller.metrics-addr", "127.0.0.1:8081",
                "quarkus.http.port", "8081",
                "quarkus.http.host", "127.0.0.1")),
        new Case(
            "metrics-addr without host binds all interfaces",
            List.of("--metrics-addr=:8080"),
            Map.of(
                "demo-controller.metrics-addr", ":8080",
                "quarkus.http.port", "8080",
                "quarkus.http.host", "0.0.0.0")),
        new Case(
            "concurrent sets the reconcile threads",
            List.of("--concurrent=6"),
            Map.of(
                "demo-controller.concurrent", "6",
                "quarkus.operator-sdk.concurrent-reconciliation-threads", "6")),
        new Case(
            "log-level sets the Quarkus level",
            List.of("-log-level=debug"),
            Map.of("demo-controller.log-level", "debug", "quarkus.log.level", "DEBUG")),
        new Case(
            "console encoding turns JSON logs off",
            List.of("--log-encoding=console"),
            Map.of(
                "demo-controller.log-encoding", "console",
                "quarkus.log.console.json.enabled", "false")),
        new Case(
            "watch-all-namespaces=false narrows every reconciler",
            List.of("--watch-all-namespaces=false"),
            Map.of(
                "demo-controller.watch-all-namespaces", "false",
                "quarkus.operator-sdk.controllers.alpha.namespaces", "JOSDK_WATCH_CURRENT",
                "quarkus.operator-sdk.controllers.beta.namespaces", "JOSDK_WATCH_CURRENT")),
        new Case(
            "watch-all-namespaces=true adds nothing",
            List.of("--watch-all-namespaces"),
            Map.of("demo-controller.watch-all-namespaces", "true")),
        new Case(
            "watch-label-selector applies to every reconciler",
            List.of("--watch-label-selector=sharding.fluxcd.io/key in (shard1)"),
            Map.of(
                "demo-controller.watch-label-selector", "sharding.fluxcd.io/key in (shard1)",
                "quarkus.operator-sdk.controllers.alpha.selector",
                    "sharding.fluxcd.io/key in (shard1)",
                "quarkus.operator-sdk.controllers.beta.selector",
                    "sharding.fluxcd.io/key in (shard1)")),
        new Case(
            "empty watch-label-selector adds nothing",
            List.of("--watch-label-selector="),
            Map.of("demo-controller.watch-label-selector", "")),
        new Case(
            "repeated flag joins values",
            List.of("--override-manager=foo", "--override-manager", "bar"),
            Map.of("demo-controller.override-manager", "foo,bar")),
        new Case(
            "single-valued flag given twice keeps the last",
            List.of("--storage-path=/a", "--storage-path=/b"),
            Map.of("demo-controller.storage-path", "/b")),
        new Case(
            "feature gates repeat",
            List.of("--feature-gates=A=true", "--feature-gates=B=false,C=1"),
            Map.of("demo-controller.feature-gates", "A=true,B=false,C=1")),
        new Case(
            "durations, floats and ints",
            List.of(
                "--requeue-dependency=5s",
                "--min-retry-delay",
                "1m30s",
                "--kube-api-qps=20.5",
                "--kube-api-burst=40",
                "--interval-jitter-percentage=0"),
            Map.of(
                "demo-controller.requeue-dependency", "5s",
                "demo-controller.min-retry-delay", "1m30s",
                "demo-controller.kube-api-qps", "20.5",
                "demo-controller.kube-api-burst", "40",
                "demo-controller.interval-jitter-percentage", "0")),
        new Case(
            "values are trimmed",
            List.of("--digest= sha512 "),
            Map.of("demo-controller.digest", "sha512")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void mapsFlagsToProperties(Case c) {
    assertThat(FLAGS.parse(c.args().toArray(String[]::new)))
        .containsExactlyInAnyOrderEntriesOf(c.expected());
  }

  record Bad(List<String> args, String flag, String message) {}

  static Stream<Bad> rejected() {
    return Stream.of(
        new Bad(List.of("--storage-pth=/data"), "storage-pth", "unknown flag: --storage-pth"),
        new Bad(List.of("-no-such-flag"), "no-such-flag", "unknown flag: --no-such-flag"),
        new Bad(List.of("--concurrent"), "concurrent", "flag needs an argument: --concurrent"),
        new Bad(
            List.of("--concurrent=zero"),
            "concurrent",
            "invalid argument \"zero\" for \"--concurrent\" flag: not an integer"),
        new Bad(List.of("--concurrent=0"), "concurrent", "must be at least 1"),
        new Bad(List.of("--kube-api-burst=0"), "kube-api-burst", "must be at least 1"),
        new Bad(List.of("--kube-api-qps=fast"), "kube-api-qps", "not a number"),
        new Bad(
            List.of("--interval-jitter-percentage=100"),
            "interval-jitter-percentage",
            "must be between 0 and 99"),
        new Bad(
            List.of("--log-level=verbose"),
            "log-level",
            "must be one of trace, debug, info, error"),
        new Bad(List.of("--log-encoding=text"), "log-encoding", "must be one of json, console"),
        new Bad(List.of("--min-retry-delay=soon"), "min-retry-delay", "--min-retry-delay"),
        new Bad(
            List.of("--leader-election-lease-duration=35"),
            "leader-election-lease-duration",
            "--leader-election-lease-duration"),
        new Bad(List.of("--watch-all-namespaces=maybe"), "watch-all-namespaces", "boolean"),
        new Bad(List.of("--metrics-addr=8080"), "metrics-addr", "missing port"),
        new Bad(List.of("--health-addr=:http"), "health-addr", "bad port"),
        new Bad(List.of("--feature-gates=Gate"), "feature-gates", "expected Name=true|false"),
        new Bad(List.of("--feature-gates=Gate=yes"), "feature-gates", "Gate needs true or false"),
        new Bad(List.of("--digest=md5"), "digest", "must be one of sha256, sha512"),
        new Bad(
            List.of("--events-addr=notification-controller"),
            "events-addr",
            "must be an http:// or https:// URL with a host"),
        new Bad(List.of("--events-addr=http://nc .flux-system/"), "events-addr", "not a URL"));
  }

  @Test
  void aRejectedUrlDoesNotShowItsCredentials() {
    assertThatThrownBy(() -> FLAGS.parse("--events-addr=ftp://user:hunter2@nc/"))
        .hasMessageContaining("ftp://***@nc/")
        .hasMessageNotContaining("hunter2");
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void failsNamingTheFlag(Bad c) {
    assertThatThrownBy(() -> FLAGS.parse(c.args().toArray(String[]::new)))
        .isInstanceOfSatisfying(FlagException.class, e -> assertThat(e.flag()).contains(c.flag()))
        .hasMessageContaining(c.message());
  }

  @ParameterizedTest
  @MethodSource("strayArguments")
  void rejectsArgumentsThatAreNotFlags(String arg) {
    assertThatThrownBy(() -> FLAGS.parse(arg))
        .isInstanceOfSatisfying(FlagException.class, e -> assertThat(e.flag()).isEmpty())
        .hasMessage("unexpected argument: " + arg);
  }

  static Stream<String> strayArguments() {
    return Stream.of("stray", "-", "--");
  }

  @Test
  void usageListsEveryFlagWithItsDefault() {
    String usage = FLAGS.usage();
    assertThat(usage).startsWith("Usage of demo-controller:\n");
    for (FluxFlag flag : FLAGS.flags()) {
      assertThat(usage)
          .contains(
              "--" + flag.name() + " ", flag.help() + " (default \"" + flag.defaultValue() + "\")");
    }
    assertThat(usage).contains("parallel demo reconciles (default \"2\")");
    assertThat(usage.lines()).hasSize(FLAGS.flags().size() + 1);
  }

  @Test
  void everyFluxSharedFlagIsDefinedOnce() {
    assertThat(CommonFlags.flags(List.of()).stream().map(FluxFlag::name))
        .doesNotHaveDuplicates()
        .contains(
            "metrics-addr",
            "health-addr",
            "events-addr",
            "concurrent",
            "requeue-dependency",
            "enable-leader-election",
            "leader-election-lease-duration",
            "leader-election-renew-deadline",
            "leader-election-retry-period",
            "leader-election-release-on-cancel",
            "log-level",
            "log-encoding",
            "interval-jitter-percentage",
            "min-retry-delay",
            "max-retry-delay",
            "watch-all-namespaces",
            "watch-label-selector",
            "watch-configs-label-selector",
            "kube-api-qps",
            "kube-api-burst",
            "default-service-account",
            "token-cache-max-size",
            "token-cache-max-duration",
            "feature-gates");
  }

  @Test
  void everyDefaultIsAcceptedByItsOwnFlag() {
    for (FluxFlag flag : FLAGS.flags()) {
      if (flag.type() == FlagType.REPEATED && flag.defaultValue().isEmpty()) {
        continue;
      }
      assertThat(FLAGS.parse("--" + flag.name() + "=" + flag.defaultValue()))
          .as(flag.name())
          .containsEntry("demo-controller." + flag.name(), flag.defaultValue());
    }
  }

  @Test
  void builderRejectsADuplicateOrAMissingFlag() {
    FlagSet.Builder builder = CommonFlags.builder("demo-controller");
    assertThatThrownBy(() -> builder.add(FluxFlag.of("concurrent", "1", FlagType.INT, "again")))
        .hasMessageContaining("--concurrent is defined twice");
    assertThatThrownBy(() -> builder.redefault("no-such-flag", "", ""))
        .hasMessageContaining("--no-such-flag");
  }

  @Test
  void helpPrintsUsageAndStopsWithStatusZero() {
    Streams streams = new Streams();
    assertThat(FLAGS.applyToSystemProperties(new String[] {"-h"}, streams.out, streams.err))
        .hasValue(0);
    assertThat(streams.out()).isEqualTo(FLAGS.usage());
    assertThat(streams.err()).isEmpty();
  }

  @Test
  void badCommandLinePrintsTheReasonAndStopsWithStatusTwo() {
    Streams streams = new Streams();
    assertThat(
            FLAGS.applyToSystemProperties(
                new String[] {"--bogus", "--storage-path=/nowhere"}, streams.out, streams.err))
        .hasValue(FlagSet.USAGE_ERROR);
    assertThat(streams.err())
        .startsWith("demo-controller: unknown flag: --bogus\n")
        .endsWith(FLAGS.usage());
    assertThat(System.getProperty("demo-controller.storage-path")).isNull();
  }

  @Test
  void goodCommandLineSetsSystemProperties() {
    String key = "demo-controller.events-addr";
    try {
      Streams streams = new Streams();
      assertThat(
              FLAGS.applyToSystemProperties(
                  new String[] {"--events-addr=http://nc"}, streams.out, streams.err))
          .isEmpty();
      assertThat(System.getProperty(key)).isEqualTo("http://nc");
    } finally {
      System.clearProperty(key);
    }
  }

  private static final class Streams {
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
      return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return errBytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void propertiesKeepCommandLineOrder() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("demo-controller.storage-path", "/a");
    expected.put("demo-controller.events-addr", "http://x");
    assertThat(FLAGS.parse("--storage-path=/a", "--events-addr=http://x"))
        .containsExactlyEntriesOf(expected);
  }
}
