package io.tideline.source.gitrepository;

import static io.tideline.source.gitrepository.GitRepositoryArtifactIT.condition;
import static io.tideline.source.gitrepository.ReconcilerHarness.branch;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.LocalObjectReference;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures keep the last good artifact, never leak credentials, back off, and recover. */
@KubeApiServerTest
class GitRepositoryFailureIT {

  @TempDir Path tmp;

  @Test
  void wrongPasswordFailsThenRecovers(KubernetesClient client, TestNamespace ns) throws Exception {
    try (GitHttpServer git =
            GitHttpServer.builder(tmp.resolve("git")).basicAuth("flux", "s3cret-pw").start();
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      ObjectId c1 = repo.commitFiles("main", "first", Map.of("a.yaml", "a: 1\n"));
      h.secret(ns.name(), "auth", Map.of("username", "flux", "password", "s3cret-pw"));
      GitRepository created = h.create(ns.name(), "app", git.repoUrl("app.git"), branch("main"));
      h.edit(ns.name(), "app", s -> s.setSecretRef(LocalObjectReference.of("auth")));
      h.reconcile(ns.name(), "app");
      assertThat(h.getConformant(ns.name(), "app").getStatus().getArtifact().getRevision())
          .isEqualTo("main@sha1:" + c1.name());

      h.secret(ns.name(), "auth", Map.of("username", "flux", "password", "wr0ng-pw"));
      repo.commitFiles("main", "second", Map.of("a.yaml", "a: 2\n"));
      ReconcileResult failed = h.reconcile(ns.name(), "app");
      assertThat(failed.requeueAfter())
          .hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(5)));
      GitRepository obj = h.getConformant(ns.name(), "app");
      assertThat(obj.getStatus().getArtifact().getRevision()).isEqualTo("main@sha1:" + c1.name());
      assertThat(condition(obj, "FetchFailed").getReason()).isEqualTo("GitOperationFailed");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(condition(obj, "Ready").getReason()).isEqualTo("GitOperationFailed");
      assertThat(condition(obj, "Reconciling").getReason()).isEqualTo("ProgressingWithRetry");
      assertThat(obj.getStatus().getConditions()).noneMatch(c -> c.getType().equals("Stalled"));
      assertThat(client.getKubernetesSerialization().asJson(obj))
          .doesNotContain("wr0ng-pw")
          .doesNotContain("s3cret-pw");
      assertThat(client.v1().events().inNamespace(ns.name()).list().getItems())
          .anySatisfy(e -> assertThat(e.getReason()).isEqualTo("GitOperationFailed"))
          .allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("wr0ng-pw"));

      h.secret(ns.name(), "auth", Map.of("username", "flux", "password", "s3cret-pw"));
      h.reconcile(ns.name(), "app");
      obj = h.getConformant(ns.name(), "app");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(obj.getStatus().getConditions())
          .extracting(c -> c.getType())
          .containsExactlyInAnyOrder("Ready", "ArtifactInStorage");
      assertThat(obj.getStatus().getArtifact().getRevision())
          .isEqualTo("main@sha1:" + repo.resolve("main").name());
      assertThat(created.getMetadata().getGeneration()).isEqualTo(1L);
    }
  }

  @Test
  void serverDownThenUp(KubernetesClient client, TestNamespace ns) throws Exception {
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"));
        TcpProxy proxy = new TcpProxy(git.port());
        ReconcilerHarness h =
            new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      ObjectId c1 = repo.commitFiles("main", "first", Map.of("a.yaml", "a: 1\n"));
      String url = "http://127.0.0.1:" + proxy.port() + "/app.git";
      h.create(ns.name(), "app", url, branch("main"));
      for (int attempt = 0; attempt < 3; attempt++) {
        h.reconcile(ns.name(), "app");
        if (h.get(ns.name(), "app").getStatus().getArtifact() != null) {
          break;
        }
      }
      assertThat(condition(h.getConformant(ns.name(), "app"), "Ready"))
          .satisfies(
              c -> assertThat(c.getStatus()).as(c.getMessage()).isEqualTo(ConditionStatus.True));

      proxy.down();
      ReconcileResult first = h.reconcile(ns.name(), "app");
      ReconcileResult second = h.reconcile(ns.name(), "app");
      assertThat(second.requeueAfter().orElseThrow())
          .isGreaterThan(first.requeueAfter().orElseThrow());
      GitRepository obj = h.getConformant(ns.name(), "app");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(condition(obj, "FetchFailed").getMessage()).contains("127.0.0.1:" + proxy.port());
      assertThat(obj.getStatus().getArtifact().getRevision()).isEqualTo("main@sha1:" + c1.name());
      assertThat(ReconcilerHarness.downloadDigest(obj.getStatus().getArtifact().getUrl()))
          .isEqualTo(obj.getStatus().getArtifact().getDigest());

      proxy.up();
      ReconcileResult recovered = h.reconcile(ns.name(), "app");
      assertThat(recovered.requeueAfter().orElseThrow()).isGreaterThan(Duration.ofSeconds(50));
      obj = h.getConformant(ns.name(), "app");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(obj.getStatus().getConditions()).noneMatch(c -> c.getType().equals("FetchFailed"));
    }
  }

  @Test
  void missingSecretAndInvalidUrl(KubernetesClient client, TestNamespace ns) throws Exception {
    try (ReconcilerHarness h =
        new ReconcilerHarness(client, tmp.resolve("storage"), RetentionPolicy.DEFAULT)) {
      h.create(ns.name(), "nosecret", "https://127.0.0.1:1/none.git", branch("main"));
      h.edit(ns.name(), "nosecret", s -> s.setSecretRef(LocalObjectReference.of("absent")));
      h.reconcile(ns.name(), "nosecret");
      GitRepository obj = h.getConformant(ns.name(), "nosecret");
      assertThat(condition(obj, "FetchFailed").getReason()).isEqualTo("AuthenticationFailed");
      assertThat(condition(obj, "FetchFailed").getMessage())
          .isEqualTo(
              "failed to get secret '" + ns.name() + "/absent': secrets \"absent\" not found");
      assertThat(condition(obj, "Ready").getStatus()).isEqualTo(ConditionStatus.False);
    }
  }
}
