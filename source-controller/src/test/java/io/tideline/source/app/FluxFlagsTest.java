package io.tideline.source.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FluxFlagsTest {

  record Case(String[] args, Map<String, String> expected) {}

  static Stream<Case> accepted() {
    return Stream.of(
        new Case(
            new String[] {"--storage-path=/data"},
            Map.of("source-controller.storage-path", "/data")),
        new Case(
            new String[] {"--storage-addr", ":9091"},
            Map.of("source-controller.storage-addr", ":9091")),
        new Case(
            new String[] {"--metrics-addr=127.0.0.1:8081"},
            Map.of(
                "source-controller.metrics-addr",
                "127.0.0.1:8081",
                "quarkus.http.port",
                "8081",
                "quarkus.http.host",
                "127.0.0.1")),
        new Case(
            new String[] {"--metrics-addr=:8080"},
            Map.of(
                "source-controller.metrics-addr",
                ":8080",
                "quarkus.http.port",
                "8080",
                "quarkus.http.host",
                "0.0.0.0")),
        new Case(
            new String[] {"--enable-leader-election"},
            Map.of("source-controller.enable-leader-election", "true")),
        new Case(
            new String[] {"--watch-all-namespaces=false"},
            Map.of(
                "source-controller.watch-all-namespaces", "false",
                "quarkus.operator-sdk.controllers.gitrepository.namespaces",
                    "JOSDK_WATCH_CURRENT")),
        new Case(
            new String[] {"--concurrent=6"},
            Map.of(
                "source-controller.concurrent",
                "6",
                "quarkus.operator-sdk.concurrent-reconciliation-threads",
                "6")),
        new Case(
            new String[] {"-log-level=debug"},
            Map.of("source-controller.log-level", "debug", "quarkus.log.level", "DEBUG")),
        new Case(
            new String[] {"--log-encoding=console"},
            Map.of(
                "source-controller.log-encoding",
                "console",
                "quarkus.log.console.json.enabled",
                "false")),
        new Case(
            new String[] {"--watch-label-selector=sharding.fluxcd.io/key in (shard1)"},
            Map.of(
                "source-controller.watch-label-selector", "sharding.fluxcd.io/key in (shard1)",
                "quarkus.operator-sdk.controllers.gitrepository.selector",
                    "sharding.fluxcd.io/key in (shard1)")),
        new Case(
            new String[] {
              "--artifact-retention-ttl=1m",
              "--artifact-retention-records=3",
              "--requeue-dependency=5s"
            },
            Map.of(
                "source-controller.artifact-retention-ttl", "1m",
                "source-controller.artifact-retention-records", "3",
                "source-controller.requeue-dependency", "5s")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void mapsFluxFlagsToConfiguration(Case c) {
    assertThat(FluxFlags.parse(c.args())).containsExactlyInAnyOrderEntriesOf(c.expected());
  }

  record Bad(String[] args, String message) {}

  static Stream<Bad> rejected() {
    return Stream.of(
        new Bad(new String[] {"--storage-pth=/data"}, "unknown flag: --storage-pth"),
        new Bad(new String[] {"--concurrent"}, "flag needs an argument: --concurrent"),
        new Bad(new String[] {"--concurrent=zero"}, "--concurrent"),
        new Bad(new String[] {"--interval-jitter-percentage=100"}, "between 0 and 99"),
        new Bad(new String[] {"--log-level=verbose"}, "must be one of trace, debug, info, error"),
        new Bad(new String[] {"--min-retry-delay=soon"}, "--min-retry-delay"),
        new Bad(new String[] {"--artifact-digest-algo=md5"}, "sha256"),
        new Bad(new String[] {"stray"}, "unexpected argument: stray"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void failsFastNamingTheFlag(Bad c) {
    assertThatThrownBy(() -> FluxFlags.parse(c.args()))
        .isInstanceOf(FluxFlags.FlagException.class)
        .hasMessageContaining(c.message());
  }

  @Test
  void usageListsEveryFlagWithFluxDefault() {
    assertThat(FluxFlags.usage())
        .contains(
            "--storage-path",
            "(default \"/data\")",
            "--storage-addr",
            "(default \":9090\")",
            "--concurrent",
            "(default \"2\")");
  }
}
