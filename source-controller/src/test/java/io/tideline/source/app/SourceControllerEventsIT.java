package io.tideline.source.app;

import static io.tideline.source.app.SourceControllerAppIT.freePort;
import static io.tideline.source.app.SourceControllerAppIT.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.api.source.v1.GitRepositoryRef;
import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.http.EventReceiver;
import io.tideline.testsupport.kube.EnvtestCluster;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application with {@code EVENTS_ADDR} set (Flux's env fallback for {@code
 * --events-addr}): a real GitRepository reconcile's events reach a local notification-controller
 * stand-in as Flux's event JSON.
 */
@KubeApiServerTest
class SourceControllerEventsIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void postsTheReconcilesEventsToTheEventsAddress(
      EnvtestCluster cluster, KubernetesClient client, TestNamespace ns) throws Exception {
    int health = freePort();
    try (EventReceiver receiver = EventReceiver.start();
        GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"))) {
      repo.commitFiles("main", "first commit", Map.of("deploy/cm.yaml", "kind: ConfigMap\n"));
      ProcessBuilder pb =
          new ProcessBuilder(
                  "java",
                  "-Xmx256m",
                  "-jar",
                  SourceControllerAppIT.JAR.toString(),
                  "--storage-path=" + tmp.resolve("data"),
                  "--storage-addr=127.0.0.1:" + freePort(),
                  "--metrics-addr=127.0.0.1:" + freePort(),
                  "--health-addr=127.0.0.1:" + health,
                  "--log-encoding=console",
                  "--watch-label-selector=tideline.io/test=source-controller-events-it")
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("app.log").toFile());
      pb.environment().put("KUBECONFIG", cluster.kubeconfig().toString());
      pb.environment().put("EVENTS_ADDR", receiver.url().toString());
      pb.environment().put("HOSTNAME", "source-controller-7f9c-abcde");
      Process app = pb.start();
      try {
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> status("http://127.0.0.1:" + health + "/readyz") == 200);
        GitRepository object = gitRepository(ns.name(), git.repoUrl("app.git"));
        GitRepository created = client.resource(object).create();

        JsonNode event =
            await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> posted(receiver, "NewArtifact"), Optional::isPresent)
                .orElseThrow();

        var handle = client.resources(GitRepository.class).inNamespace(ns.name()).withName("app");
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> handle.get().getStatus().getArtifact() != null);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    client.v1().events().inNamespace(ns.name()).list().getItems().stream()
                        .anyMatch(e -> e.getReason().equals("NewArtifact")));
        GitRepository ready = handle.get();
        String revision = ready.getStatus().getArtifact().getRevision();
        assertThat(revision).startsWith("main@sha1:");
        JsonNode involved = event.get("involvedObject");
        assertThat(involved.get("kind").asText()).isEqualTo("GitRepository");
        assertThat(involved.get("apiVersion").asText()).isEqualTo("source.toolkit.fluxcd.io/v1");
        assertThat(involved.get("namespace").asText()).isEqualTo(ns.name());
        assertThat(involved.get("name").asText()).isEqualTo("app");
        assertThat(involved.get("uid").asText()).isEqualTo(created.getMetadata().getUid());
        assertThat(event.get("severity").asText()).isEqualTo("info");
        assertThat(event.get("message").asText())
            .isEqualTo("stored artifact for commit 'first commit'");
        assertThat(event.get("metadata").get("source.toolkit.fluxcd.io/revision").asText())
            .isEqualTo(revision);
        assertThat(event.get("reportingController").asText()).isEqualTo("source-controller");
        assertThat(event.get("reportingInstance").asText())
            .isEqualTo("source-controller-7f9c-abcde");
        assertThat(receiver.requests())
            .allSatisfy(r -> assertThat(r.contentType()).isEqualTo("application/json"));
      } finally {
        app.destroy();
        if (!app.waitFor(20, TimeUnit.SECONDS)) {
          app.destroyForcibly();
        }
        System.out.println(
            Files.readString(tmp.resolve("app.log"))
                .lines()
                .filter(l -> l.contains("WARN") || l.contains("ERROR"))
                .limit(20)
                .toList());
      }
    }
  }

  static GitRepository gitRepository(String namespace, String url) {
    GitRepository object = new GitRepository();
    object.getMetadata().setName("app");
    object.getMetadata().setNamespace(namespace);
    object.getMetadata().setLabels(Map.of("tideline.io/test", "source-controller-events-it"));
    GitRepositorySpec spec = new GitRepositorySpec();
    spec.setUrl(url);
    spec.setInterval("1m");
    GitRepositoryRef ref = new GitRepositoryRef();
    ref.setBranch("main");
    spec.setRef(ref);
    object.setSpec(spec);
    return object;
  }

  static Optional<JsonNode> posted(EventReceiver receiver, String reason) {
    List<JsonNode> events = receiver.requests().stream().map(r -> parse(r.body())).toList();
    return events.stream().filter(e -> reason.equals(e.get("reason").asText())).findFirst();
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }
}
