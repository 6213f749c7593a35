package io.tideline.source.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.controller.flags.FlagException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * source-controller's own flags and its wiring of the shared ones; the parser itself is tested in
 * controller-support.
 */
class SourceControllerFlagsTest {

  record Case(List<String> args, Map<String, String> expected) {}

  static Stream<Case> accepted() {
    return Stream.of(
        new Case(
            List.of("--storage-path=/data"), Map.of("source-controller.storage-path", "/data")),
        new Case(
            List.of("--storage-addr", ":9091"), Map.of("source-controller.storage-addr", ":9091")),
        new Case(
            List.of("--storage-adv-addr=source-controller.flux-system.svc.cluster.local."),
            Map.of(
                "source-controller.storage-adv-addr",
                "source-controller.flux-system.svc.cluster.local.")),
        new Case(
            List.of("--watch-all-namespaces=false"),
            Map.of(
                "source-controller.watch-all-namespaces", "false",
                "quarkus.operator-sdk.controllers.gitrepository.namespaces",
                    "JOSDK_WATCH_CURRENT")),
        new Case(
            List.of("--watch-label-selector=sharding.fluxcd.io/key in (shard1)"),
            Map.of(
                "source-controller.watch-label-selector", "sharding.fluxcd.io/key in (shard1)",
                "quarkus.operator-sdk.controllers.gitrepository.selector",
                    "sharding.fluxcd.io/key in (shard1)")),
        new Case(
            List.of("--concurrent=6"),
            Map.of(
                "source-controller.concurrent",
                "6",
                "quarkus.operator-sdk.concurrent-reconciliation-threads",
                "6")),
        new Case(
            List.of(
                "--artifact-retention-ttl=1m",
                "--artifact-retention-records=3",
                "--artifact-digest-algo=sha512",
                "--requeue-dependency=5s"),
            Map.of(
                "source-controller.artifact-retention-ttl", "1m",
                "source-controller.artifact-retention-records", "3",
                "source-controller.artifact-digest-algo", "sha512",
                "source-controller.requeue-dependency", "5s")),
        new Case(
            List.of("--helm-cache-max-size=10", "--helm-cache-ttl=1h"),
            Map.of(
                "source-controller.helm-cache-max-size", "10",
                "source-controller.helm-cache-ttl", "1h")),
        new Case(
            List.of("--ssh-kex-algos=curve25519-sha256", "--ssh-kex-algos=ecdh-sha2-nistp256"),
            Map.of("source-controller.ssh-kex-algos", "curve25519-sha256,ecdh-sha2-nistp256")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void mapsFluxFlagsToConfiguration(Case c) {
    assertThat(SourceControllerFlags.FLAGS.parse(c.args().toArray(String[]::new)))
        .containsExactlyInAnyOrderEntriesOf(c.expected());
  }

  record Bad(List<String> args, String message) {}

  static Stream<Bad> rejected() {
    return Stream.of(
        new Bad(List.of("--storage-pth=/data"), "unknown flag: --storage-pth"),
        new Bad(List.of("--no-cross-namespace-refs"), "unknown flag: --no-cross-namespace-refs"),
        new Bad(List.of("--artifact-digest-algo=md5"), "must be one of sha256, sha384, sha512"),
        new Bad(List.of("--artifact-retention-records=0"), "must be at least 1"),
        new Bad(List.of("--artifact-retention-ttl=soon"), "--artifact-retention-ttl"),
        new Bad(List.of("--storage-addr=9090"), "missing port"),
        new Bad(List.of("--helm-cache-ttl=often"), "--helm-cache-ttl"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void failsFastNamingTheFlag(Bad c) {
    assertThatThrownBy(() -> SourceControllerFlags.FLAGS.parse(c.args().toArray(String[]::new)))
        .isInstanceOf(FlagException.class)
        .hasMessageContaining(c.message());
  }

  @Test
  void usageShowsSourceControllerDefaults() {
    assertThat(SourceControllerFlags.FLAGS.usage())
        .startsWith("Usage of source-controller:")
        .contains(
            "--storage-path",
            "(default \"/data\")",
            "--storage-addr",
            "(default \":9090\")",
            "parallel reconciles (default \"2\")",
            "--ssh-hostkey-algos");
  }
}
