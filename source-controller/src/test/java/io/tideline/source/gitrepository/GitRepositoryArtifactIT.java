package io.tideline.source.gitrepository;

import static io.tideline.source.gitrepository.ReconcilerHarness.branch;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branch → artifact in storage → Ready with Flux's revision and digest → served over HTTP. */
@KubeApiServerTest
class GitRepositoryArtifactIT {

  @TempDir Path tmp;

  @Test
  void storesServesAndThenStaysQuiet(KubernetesClient client, TestNamespace ns) throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(
                client, tmp.resolve("storage"), new RetentionPolicy(2, Duration.ofHours(1)))) {
      ObjectId c1 =
          repo.commitFiles(
              "main", "first", Map.of("deploy/app.yaml", "kind: ConfigMap\n", "logo.png", "x"));
      h.create(ns.name(), "app", git.repoUrl("app.git"), branch("main"));

      ReconcileResult result = h.reconcile(ns.name(), "app");
      assertThat(result.requeueAfter())
          .hasValueSatisfying(
              d -> assertThat(d).isBetween(Duration.ofSeconds(57), Duration.ofSeconds(63)));
      GitRepository obj = h.getConformant(ns.name(), "app");
      String revision = "main@sha1:" + c1.name();
      assertThat(obj.getMetadata().getFinalizers()).containsExactly("finalizers.fluxcd.io");
      assertThat(obj.getStatus().getObservedGeneration())
          .isEqualTo(obj.getMetadata().getGeneration());
      assertThat(obj.getStatus().getArtifact().getRevision()).isEqualTo(revision);
      assertThat(obj.getStatus().getArtifact().getPath())
          .isEqualTo("gitrepository/" + ns.name() + "/app/" + c1.name() + ".tar.gz");
      assertThat(obj.getStatus().getArtifact().getUrl())
          .endsWith("/gitrepository/" + ns.name() + "/app/" + c1.name() + ".tar.gz");
      assertThat(ReconcilerHarness.downloadDigest(obj.getStatus().getArtifact().getUrl()))
          .isEqualTo(obj.getStatus().getArtifact().getDigest());
      assertThat(obj.getStatus().getArtifact().getSize()).isPositive();
      assertThat(ReconcilerHarness.entries(obj.getStatus().getArtifact().getUrl()))
          .containsExactly("deploy/app.yaml");
      assertThat(condition(obj, "Ready"))
          .satisfies(
              c -> {
                assertThat(c.getStatus()).isEqualTo(ConditionStatus.True);
                assertThat(c.getReason()).isEqualTo("Succeeded");
                assertThat(c.getMessage())
                    .isEqualTo("stored artifact for revision '" + revision + "'");
              });
      assertThat(condition(obj, "ArtifactInStorage").getMessage())
          .isEqualTo("stored artifact for revision '" + revision + "'");
      assertThat(obj.getStatus().getConditions())
          .extracting(Condition::getType)
          .containsExactlyInAnyOrder("Ready", "ArtifactInStorage");
      assertThat(tmp.resolve("storage/gitrepository/" + ns.name() + "/app/latest.tar.gz")).exists();
      String digest = obj.getStatus().getArtifact().getDigest();

      // steady state: ref listing only, nothing written to the API server
      int writes = h.statusWrites.get();
      int requests = git.requestCount();
      String resourceVersion = obj.getMetadata().getResourceVersion();
      int events = client.v1().events().inNamespace(ns.name()).list().getItems().size();
      h.reconcile(ns.name(), "app");
      h.reconcile(ns.name(), "app");
      assertThat(h.get(ns.name(), "app").getMetadata().getResourceVersion())
          .isEqualTo(resourceVersion);
      assertThat(h.statusWrites.get()).isEqualTo(writes);
      assertThat(client.v1().events().inNamespace(ns.name()).list().getItems()).hasSize(events);
      assertThat(git.requestCount() - requests).isLessThanOrEqualTo(4);

      // deterministic: the artifact disappears from storage and is rebuilt with the same digest
      Files.delete(
          tmp.resolve("storage/gitrepository/" + ns.name() + "/app/" + c1.name() + ".tar.gz"));
      h.reconcile(ns.name(), "app");
      assertThat(h.getConformant(ns.name(), "app").getStatus().getArtifact().getDigest())
          .isEqualTo(digest);

      // a new commit is a new revision; older artifacts are garbage-collected (keep 2)
      ObjectId c2 = repo.commitFiles("main", "second", Map.of("deploy/app.yaml", "kind: Secret\n"));
      h.reconcile(ns.name(), "app");
      ObjectId c3 = repo.commitFiles("main", "third", Map.of("deploy/app.yaml", "kind: Service\n"));
      h.reconcile(ns.name(), "app");
      obj = h.getConformant(ns.name(), "app");
      assertThat(obj.getStatus().getArtifact().getRevision()).isEqualTo("main@sha1:" + c3.name());
      assertThat(condition(obj, "Ready").getMessage()).contains(c3.name());
      try (var files = Files.list(tmp.resolve("storage/gitrepository/" + ns.name() + "/app"))) {
        assertThat(
                files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tar.gz") && !n.equals("latest.tar.gz")))
            .containsExactlyInAnyOrder(c2.name() + ".tar.gz", c3.name() + ".tar.gz");
      }
      assertThat(client.v1().events().inNamespace(ns.name()).list().getItems())
          .anySatisfy(
              e -> {
                assertThat(e.getReason()).isEqualTo("NewArtifact");
                assertThat(e.getMessage()).contains("third");
              });

      // delete: artifacts removed, finalizer released
      client.resource(obj).delete();
      h.reconcile(ns.name(), "app");
      assertThat(tmp.resolve("storage/gitrepository/" + ns.name() + "/app")).doesNotExist();
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> h.get(ns.name(), "app") == null);
    }
  }

  static Condition condition(GitRepository obj, String type) {
    return obj.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + type + " condition in " + obj.getStatus().getConditions()));
  }
}
