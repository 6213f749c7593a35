package io.tideline.kustomize.app;

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
 * kustomize-controller's own flags and its wiring of the shared ones; the parser itself is tested
 * in controller-support.
 */
class KustomizeControllerFlagsTest {

  record Case(List<String> args, Map<String, String> expected) {}

  static Stream<Case> accepted() {
    return Stream.of(
        new Case(
            List.of("--concurrent=8"),
            Map.of(
                "kustomize-controller.concurrent", "8",
                "quarkus.operator-sdk.concurrent-reconciliation-threads", "8")),
        new Case(
            List.of("--concurrent-ssa", "2"), Map.of("kustomize-controller.concurrent-ssa", "2")),
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
            List.of("--override-manager=foo", "--override-manager", "bar"),
            Map.of("kustomize-controller.override-manager", "foo,bar")),
        new Case(
            List.of(
                "--sops-age-secret=sops-age",
                "--custom-apply-stage-kinds=cert-manager.io/ClusterIssuer",
                "--insecure-kubeconfig-tls"),
            Map.of(
                "kustomize-controller.sops-age-secret", "sops-age",
                "kustomize-controller.custom-apply-stage-kinds", "cert-manager.io/ClusterIssuer",
                "kustomize-controller.insecure-kubeconfig-tls", "true")),
        new Case(
            List.of("--insecure-kubeconfig-exec", "--default-kubeconfig-service-account=remote"),
            Map.of(
                "kustomize-controller.insecure-kubeconfig-exec", "true",
                "kustomize-controller.default-kubeconfig-service-account", "remote")),
        new Case(
            List.of("--enable-leader-election", "--default-service-account=tenant"),
            Map.of(
                "kustomize-controller.enable-leader-election", "true",
                "kustomize-controller.default-service-account", "tenant")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void mapsFluxFlagsToProperties(Case c) {
    assertThat(KustomizeControllerFlags.FLAGS.parse(c.args().toArray(String[]::new)))
        .containsExactlyInAnyOrderEntriesOf(c.expected());
  }

  record Bad(List<String> args, String message) {}

  static Stream<Bad> rejected() {
    return Stream.of(
        new Bad(List.of("--storage-path=/data"), "unknown flag: --storage-path"),
        new Bad(List.of("--concurrent-ssa=0"), "must be at least 1"),
        new Bad(List.of("--http-retry=many"), "not an integer"),
        new Bad(List.of("--no-remote-bases=maybe"), "expected a boolean"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void failsFastOnBadFlags(Bad c) {
    assertThatThrownBy(() -> KustomizeControllerFlags.FLAGS.parse(c.args().toArray(String[]::new)))
        .isInstanceOf(FlagException.class)
        .hasMessageContaining(c.message());
  }

  @Test
  void usageShowsKustomizeControllerDefaults() {
    assertThat(KustomizeControllerFlags.FLAGS.usage())
        .startsWith("Usage of kustomize-controller:")
        .contains(
            "parallel Kustomization reconciles (default \"4\")",
            "--override-manager",
            "--http-retry",
            "(default \"9\")");
  }
}
