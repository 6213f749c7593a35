package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.testsupport.kube.EnvtestCluster;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Drift: hand edits and deletions are repaired; a no-op reconcile writes nothing. */
@KubeApiServerTest
class KustomizationDriftIT {

  private static final String COMMIT = "5555555555555555555555555555555555555555";

  @Test
  void noOpReconcileMakesNoWrites(EnvtestCluster cluster, TestNamespace ns) throws Exception {
    List<String> writes = new CopyOnWriteArrayList<>();
    Interceptor counter =
        new Interceptor() {
          @Override
          public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            boolean dryRun = String.valueOf(request.uri().getQuery()).contains("dryRun=All");
            if (!request.method().equals("GET") && !dryRun) {
              writes.add(request.method() + " " + request.uri().getPath());
            }
          }
        };
    Config config = Config.fromKubeconfig(Files.readString(cluster.kubeconfig()));
    try (KubernetesClient client =
            new KubernetesClientBuilder()
                .withConfig(config)
                .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("count", counter))
                .build();
        KustomizationHarness harness =
            new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("steady", "./", ""));
      harness.reconcile(ns.name(), "steady");
      assertThat(ready(harness.conformant(ns.name(), "steady")).getStatus())
          .isEqualTo(ConditionStatus.True);
      writes.clear();

      harness.reconcile(ns.name(), "steady");
      harness.reconcile(ns.name(), "steady");

      assertThat(writes).isEmpty();
    }
  }

  @Test
  void handEditsAndDeletionsAreRepairedAndReported(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "app", COMMIT));
      harness.create(ns.name(), kustomization("drift", "./", ""));
      harness.reconcile(ns.name(), "drift");
      client
          .configMaps()
          .inNamespace(ns.name())
          .withName("web-settings")
          .patch(
              new PatchContext.Builder()
                  .withPatchType(PatchType.JSON_MERGE)
                  .withFieldManager("kubectl-edit")
                  .build(),
              "{\"data\":{\"color\":\"red\"}}");
      client.services().inNamespace(ns.name()).withName("web").delete();
      harness.events.clear();

      harness.reconcile(ns.name(), "drift");

      assertThat(
              client.configMaps().inNamespace(ns.name()).withName("web-settings").get().getData())
          .containsEntry("color", "blue");
      assertThat(client.services().inNamespace(ns.name()).withName("web").get()).isNotNull();
      assertThat(harness.events.messages())
          .contains(
              "ConfigMap/"
                  + ns.name()
                  + "/web-settings configured\nService/"
                  + ns.name()
                  + "/web created");
      assertThat(harness.events.all())
          .anySatisfy(
              e -> {
                assertThat(e.reason()).isEqualTo("DriftDetected");
                assertThat(e.message())
                    .contains("ConfigMap/" + ns.name() + "/web-settings: /data/color")
                    .contains("Service/" + ns.name() + "/web: was missing, recreated");
              });
      assertThat(ready(harness.conformant(ns.name(), "drift")).getStatus())
          .isEqualTo(ConditionStatus.True);
    }
  }
}
