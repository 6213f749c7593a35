package io.tideline.source.gitrepository;

import static io.tideline.source.gitrepository.ReconcilerHarness.branch;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On-demand reconciles and objects deleted before their first reconcile. */
@KubeApiServerTest
class GitRepositoryRequestIT {

  @TempDir Path tmp;

  @Test
  void requestedAtIsRecordedAsLastHandled(KubernetesClient client, TestNamespace ns)
      throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      repo.commitFiles("main", "first", Map.of("a.yaml", "a"));
      h.create(ns.name(), "app", git.repoUrl("app.git"), branch("main"));
      h.reconcile(ns.name(), "app");
      client
          .resources(GitRepository.class)
          .inNamespace(ns.name())
          .withName("app")
          .edit(
              o -> {
                o.getMetadata()
                    .getAnnotations()
                    .put("reconcile.fluxcd.io/requestedAt", "2026-11-21T22:00:00.000000000Z");
                return o;
              });
      h.reconcile(ns.name(), "app");
      GitRepository obj = h.getConformant(ns.name(), "app");
      assertThat(obj.getStatus().getLastHandledReconcileAt())
          .isEqualTo("2026-11-21T22:00:00.000000000Z");
      String rv = obj.getMetadata().getResourceVersion();
      h.reconcile(ns.name(), "app");
      assertThat(h.get(ns.name(), "app").getMetadata().getResourceVersion()).isEqualTo(rv);
    }
  }

  @Test
  void deletedBeforeFinalizerIsHandled(KubernetesClient client, TestNamespace ns) throws Exception {
    try (ReconcilerHarness h =
        new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      GitRepository created =
          h.create(ns.name(), "gone", "https://127.0.0.1:1/none.git", branch("main"));
      client.resource(created).delete();
      assertThat(h.reconcile(ns.name(), "gone").requeueAfter()).isEmpty();
      assertThat(h.get(ns.name(), "gone")).isNull();
    }
  }
}
