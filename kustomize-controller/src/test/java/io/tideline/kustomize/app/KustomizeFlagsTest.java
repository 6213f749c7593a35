package io.tideline.kustomize.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeFlagsTest {

  record Case(List<String> args, Map<String, String> expected) {}

  static Stream<Case> accepted() {
    return Stream.of(
        new Case(
            List.of("--concurrent=8"),
            Map.of(
                "kustomize-controller.concurrent", "8",
                "quarkus.operator-sdk.concurrent-reconciliation-threads", "8")),
        new Case(
            List.of("--requeue-dependency", "10s"),
            Map.of("kustomize-controller.requeue-dependency", "10s")),
        new Case(
            List.of("-no-cross-namespace-refs"),
            Map.of("kustomize-controller.no-cross-namespace-refs", "true")),
        new Case(
            List.of("--watch-all-namespaces=false"),
            Map.of(
                "kustomize-controller.watch-all-namespaces", "false",
                "quarkus.operator-sdk.controllers.kustomization.namespaces",
                    "JOSDK_WATCH_CURRENT")),
        new Case(
            List.of("--watch-label-selector=sharding.fluxcd.io/key in (shard1)"),
            Map.of(
                "kustomize-controller.watch-label-selector", "sharding.fluxcd.io/key in (shard1)",
                "quarkus.operator-sdk.controllers.kustomization.selector",
                    "sharding.fluxcd.io/key in (shard1)")),
        new Case(
            List.of("--metrics-addr=:9090"),
            Map.of(
                "kustomize-controller.metrics-addr", ":9090",
                "quarkus.http.port", "9090",
                "quarkus.http.host", "0.0.0.0")),
        new Case(
            List.of("--override-manager=foo", "--override-manager", "bar"),
            Map.of("kustomize-controller.override-manager", "foo,bar")),
        new Case(
            List.of("--enable-leader-election", "--default-service-account=tenant"),
            Map.of(
                "kustomize-controller.enable-leader-election", "true",
                "kustomize-controller.default-service-account", "tenant")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void mapsFluxFlagsToProperties(Case c) {
    assertThat(KustomizeFlags.parse(c.args().toArray(String[]::new)))
        .containsAllEntriesOf(c.expected());
  }

  record Bad(List<String> args, String message) {}

  static Stream<Bad> rejected() {
    return Stream.of(
        new Bad(List.of("--no-such-flag"), "unknown flag: --no-such-flag"),
        new Bad(List.of("--concurrent=zero"), "not an integer"),
        new Bad(List.of("--concurrent=0"), "must be at least 1"),
        new Bad(List.of("--requeue-dependency=soon"), "--requeue-dependency"),
        new Bad(List.of("--interval-jitter-percentage=100"), "between 0 and 99"),
        new Bad(List.of("--log-level=verbose"), "must be one of"),
        new Bad(List.of("--watch-all-namespaces=maybe"), "expected a boolean"),
        new Bad(List.of("--concurrent"), "flag needs an argument"),
        new Bad(List.of("stray"), "unexpected argument"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void failsFastOnBadFlags(Bad c) {
    assertThatThrownBy(() -> KustomizeFlags.parse(c.args().toArray(String[]::new)))
        .isInstanceOf(KustomizeFlags.FlagException.class)
        .hasMessageContaining(c.message());
  }
}
