package io.tideline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.ResourceRef;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.GitTree;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.kube.EnvtestCluster;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.RepoRoot;
import io.tideline.testsupport.kube.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole GitOps loop with the real controllers: source-controller and kustomize-controller run
 * from their packaged jars against a kube-apiserver with kube-controller-manager and kwok
 * (Deployments become Available), reading a Git repository served over smart HTTP. Each Git change
 * is followed by {@link FluxReconcile#withSource} (what {@code flux reconcile ks --with-source}
 * does) and checked in the cluster: a commit is applied, a changed field is updated, a revert
 * commit rolls it back, a deleted file's object is pruned, and deleting the Kustomization (prune:
 * true) deletes what it applied.
 */
@KubeApiServerTest(workloads = true)
class GitOpsLoopIT {

  private static final String FIXTURES = "/testdata/gitops-loop/";
  private static final String NAME = "app";
  private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();

  @Test
  void commitsAreAppliedRevertsRollBackAndDeletedFilesArePruned(
      KubernetesClient client, TestNamespace ns, EnvtestCluster cluster, @TempDir Path work)
      throws Exception {
    Path gitRoot = work.resolve("git");
    try (GitHttpServer git = GitHttpServer.start(gitRoot);
        TestRepo repo = TestRepo.createBare(gitRoot.resolve("app.git"));
        TidelineControllers controllers =
            TidelineControllers.start(RepoRoot.find(), cluster.kubeconfig(), work, LOGS)) {
      FluxReconcile reconcile = new FluxReconcile(client, ns.name(), controllers);
      String deployment = fixture("app/deployment.yaml");
      String configMap = fixture("app/configmap.yaml");

      ObjectId v1 =
          repo.commit(
              "main",
              "app v1",
              GitTree.empty()
                  .file("app/deployment.yaml", deployment)
                  .file("app/configmap.yaml", configMap));
      Map<String, String> vars = Map.of("NAMESPACE", ns.name(), "GIT_URL", git.repoUrl("app.git"));
      create(client, "gitrepository.yaml", vars);
      create(client, "kustomization.yaml", vars);

      Kustomization applied = reconcile.withSource(NAME, revision(v1));
      assertApp(client, ns, "hello v1", 1);
      assertThat(inventory(applied))
          .containsExactlyInAnyOrder(
              ns.name() + "_web-config__ConfigMap", ns.name() + "_web_apps_Deployment");

      ObjectId v2 =
          repo.commit(
              "main",
              "app v2: new greeting, 2 replicas",
              repo.treeOf("main")
                  .file("app/configmap.yaml", configMap.replace("hello v1", "hello v2"))
                  .file("app/deployment.yaml", deployment.replace("replicas: 1", "replicas: 2")));
      reconcile.withSource(NAME, revision(v2));
      assertApp(client, ns, "hello v2", 2);

      ObjectId revert = repo.commit("main", "Revert \"app v2\"", repo.treeOf(v1.name()));
      reconcile.withSource(NAME, revision(revert));
      assertApp(client, ns, "hello v1", 1);

      ObjectId dropped =
          repo.commit(
              "main", "drop the ConfigMap", repo.treeOf("main").remove("app/configmap.yaml"));
      applied = reconcile.withSource(NAME, revision(dropped));
      assertThat(configMap(client, ns)).as("pruned ConfigMap web-config").isNull();
      assertThat(inventory(applied)).containsExactly(ns.name() + "_web_apps_Deployment");
      assertThat(deployment(client, ns)).as("Deployment web").isNotNull();

      client.resources(Kustomization.class).inNamespace(ns.name()).withName(NAME).delete();
      reconcile.await(
          () -> client.resources(Kustomization.class).inNamespace(ns.name()).withName(NAME).get(),
          ks -> assertThat(ks).as("deleted Kustomization (finalizer removed)").isNull());
      assertThat(deployment(client, ns))
          .as("Deployment web pruned with its Kustomization")
          .isNull();
    }
  }

  private static void assertApp(
      KubernetesClient client, TestNamespace ns, String greeting, int replicas) {
    ConfigMap config = configMap(client, ns);
    assertThat(config).as("ConfigMap web-config").isNotNull();
    assertThat(config.getData()).containsEntry("GREETING", greeting);
    Deployment web = deployment(client, ns);
    assertThat(web).as("Deployment web").isNotNull();
    assertThat(web.getSpec().getReplicas()).as("spec.replicas").isEqualTo(replicas);
    assertThat(web.getStatus().getAvailableReplicas())
        .as("available replicas (the Kustomization waits for health)")
        .isEqualTo(replicas);
  }

  private static ConfigMap configMap(KubernetesClient client, TestNamespace ns) {
    return client.configMaps().inNamespace(ns.name()).withName("web-config").get();
  }

  private static Deployment deployment(KubernetesClient client, TestNamespace ns) {
    return client.apps().deployments().inNamespace(ns.name()).withName("web").get();
  }

  private static List<String> inventory(Kustomization ks) {
    return ks.getStatus().getInventory().getEntries().stream().map(ResourceRef::getId).toList();
  }

  private static String revision(ObjectId commit) {
    return "main@sha1:" + commit.name();
  }

  private static void create(KubernetesClient client, String fixture, Map<String, String> vars) {
    String yaml = fixture(fixture);
    for (Map.Entry<String, String> v : vars.entrySet()) {
      yaml = yaml.replace("${" + v.getKey() + "}", v.getValue());
    }
    client.resource(yaml).create();
  }

  private static String fixture(String path) {
    try (InputStream in = GitOpsLoopIT.class.getResourceAsStream(FIXTURES + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + FIXTURES + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
