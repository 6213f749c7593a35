package io.tideline.testsupport.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Proves the harness hands out a real API server: version, watch, server-side apply. */
@KubeApiServerTest
class ApiServerIT {

  @Test
  void servesAPinnedKubernetesVersion(KubernetesClient client) {
    var version = client.getKubernetesVersion();
    assertThat(version.getGitVersion()).startsWith("v1.");
    assertThat(Integer.parseInt(version.getMinor().replaceAll("\\D", "")))
        .isGreaterThanOrEqualTo(33);
  }

  @Test
  void watchDeliversAddModifyDelete(KubernetesClient client, TestNamespace ns) {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (Watch ignored =
        client
            .configMaps()
            .inNamespace(ns.name())
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, ConfigMap cm) {
                    seen.add(action + ":" + cm.getMetadata().getName());
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                })) {
      var cms = client.configMaps().inNamespace(ns.name());
      cms.resource(configMap("watched", Map.of("a", "1"))).create();
      cms.withName("watched").edit(cm -> new ConfigMapBuilder(cm).addToData("b", "2").build());
      cms.withName("watched").delete();
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(seen)
                      .containsSubsequence("ADDED:watched", "MODIFIED:watched", "DELETED:watched"));
    }
  }

  @Test
  void serverSideApplyTracksFieldManagersAndConflicts(KubernetesClient client, TestNamespace ns) {
    var cms = client.configMaps().inNamespace(ns.name());
    cms.resource(configMap("shared", Map.of("owner", "alice")))
        .fieldManager("alice")
        .serverSideApply();

    assertThatThrownBy(
            () ->
                cms.resource(configMap("shared", Map.of("owner", "bob")))
                    .fieldManager("bob")
                    .serverSideApply())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(409))
        .hasMessageContaining("conflict");

    ConfigMap forced =
        cms.resource(configMap("shared", Map.of("owner", "bob")))
            .fieldManager("bob")
            .forceConflicts()
            .serverSideApply();
    assertThat(forced.getData()).containsEntry("owner", "bob");
    assertThat(forced.getMetadata().getManagedFields())
        .extracting(f -> f.getManager())
        .contains("bob");
  }

  @Test
  void serverSideDryRunDoesNotPersist(KubernetesClient client, TestNamespace ns) {
    var cms = client.configMaps().inNamespace(ns.name());
    ConfigMap dry =
        cms.resource(configMap("dry", Map.of("k", "v")))
            .dryRun()
            .fieldManager("t")
            .serverSideApply();
    assertThat(dry.getData()).containsEntry("k", "v");
    assertThat(cms.withName("dry").get()).isNull();
  }

  private static ConfigMap configMap(String name, Map<String, String> data) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withData(data)
        .build();
  }
}
