package io.tideline.source.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.api.source.v1.GitRepositoryRef;
import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.controller.leader.LeaderElection;
import io.tideline.runtime.kstatus.KstatusConformance;
import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.TestRepo;
import io.tideline.testsupport.kube.EnvtestCluster;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application ({@code quarkus-run.jar}) started with Flux flags against a real
 * kube-apiserver: QOSDK wiring, artifact/health/metrics servers, steady state, deletion.
 */
@KubeApiServerTest
class SourceControllerAppIT {

  static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;

  @Test
  void unknownFlagFailsFast() throws Exception {
    Process p =
        new ProcessBuilder("java", "-jar", JAR.toString(), "--storage-pth=/x")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(out).contains("unknown flag: --storage-pth");
  }

  @Test
  void runsAgainstTheCluster(EnvtestCluster cluster, KubernetesClient client, TestNamespace ns)
      throws Exception {
    int storage = freePort(), metrics = freePort(), health = freePort();
    try (GitHttpServer git = GitHttpServer.start(tmp.resolve("git"));
        TestRepo repo = TestRepo.createBare(tmp.resolve("git/app.git"))) {
      repo.commitFiles("main", "first", Map.of("deploy/cm.yaml", "kind: ConfigMap\n"));
      List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", JAR.toString()));
      command.addAll(
          List.of(
              "--storage-path=" + tmp.resolve("data"),
              "--storage-addr=127.0.0.1:" + storage,
              "--metrics-addr=127.0.0.1:" + metrics,
              "--health-addr=127.0.0.1:" + health,
              "--log-encoding=console",
              "--concurrent=2",
              "--enable-leader-election",
              "--watch-label-selector=tideline.io/test=source-controller-app-it"));
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("app.log").toFile());
      pb.environment().put("KUBECONFIG", cluster.kubeconfig().toString());
      Process app = pb.start();
      try {
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> status("http://127.0.0.1:" + health + "/readyz") == 200);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> status("http://127.0.0.1:" + metrics + "/q/health") == 200);
        assertThat(get("http://127.0.0.1:" + metrics + "/q/health")).contains("\"UP\"");

        GitRepository repoObject = new GitRepository();
        repoObject.getMetadata().setName("app");
        repoObject.getMetadata().setNamespace(ns.name());
        repoObject.getMetadata().setLabels(Map.of("tideline.io/test", "source-controller-app-it"));
        GitRepositorySpec spec = new GitRepositorySpec();
        spec.setUrl(git.repoUrl("app.git"));
        spec.setInterval("3s");
        GitRepositoryRef ref = new GitRepositoryRef();
        ref.setBranch("main");
        spec.setRef(ref);
        repoObject.setSpec(spec);
        client.resource(repoObject).create();
        var handle = client.resources(GitRepository.class).inNamespace(ns.name()).withName("app");
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    handle.get().getStatus() != null
                        && handle.get().getStatus().getArtifact() != null);
        GitRepository ready = handle.get();
        KstatusConformance.assertConformant(ready);
        String url = ready.getStatus().getArtifact().getUrl();
        assertThat(url)
            .startsWith("http://127.0.0.1:" + storage + "/gitrepository/" + ns.name() + "/app/");
        byte[] body =
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertThat(
                "sha256:"
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
            .isEqualTo(ready.getStatus().getArtifact().getDigest());

        String rv = ready.getMetadata().getResourceVersion();
        double before = reconciles(metrics);
        await().atMost(Duration.ofSeconds(30)).until(() -> reconciles(metrics) >= before + 2);
        assertThat(handle.get().getMetadata().getResourceVersion()).isEqualTo(rv);
        assertThat(get("http://127.0.0.1:" + metrics + "/metrics"))
            .contains(
                "gotk_reconcile_duration_seconds_bucket{kind=\"GitRepository\",name=\"app\",namespace=\""
                    + ns.name()
                    + "\"");

        handle.delete();
        await().atMost(Duration.ofSeconds(30)).until(() -> handle.get() == null);
        assertThat(
                client
                    .leases()
                    .inNamespace(client.getNamespace() == null ? "default" : client.getNamespace())
                    .withName(
                        LeaderElection.leaseName(
                            "source-controller", "tideline.io/test=source-controller-app-it"))
                    .get())
            .isNotNull();
        assertThat(tmp.resolve("data/gitrepository/" + ns.name() + "/app")).doesNotExist();
      } finally {
        app.destroy();
        if (!app.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
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

  static double reconciles(int metricsPort) throws Exception {
    return get("http://127.0.0.1:" + metricsPort + "/metrics")
        .lines()
        .filter(
            l ->
                l.startsWith("gotk_reconcile_duration_seconds_count{")
                    && l.contains("name=\"app\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  static String get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
