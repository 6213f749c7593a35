package io.tideline.testsupport.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHttpServerIT {

  @TempDir Path tmp;
  private Path repos;
  private ObjectId head;
  private GitCli git;

  @BeforeEach
  void setUp() throws Exception {
    repos = tmp.resolve("repos");
    try (TestRepo repo = TestRepo.createBare(repos.resolve("app.git"))) {
      head = repo.commitFiles("main", "init", Map.of("deploy/app.yaml", "kind: ConfigMap\n"));
    }
    git = new GitCli(tmp.resolve("home"));
  }

  @Test
  void anonymousCloneWithGitCliAndJGit() throws Exception {
    try (GitHttpServer server = GitHttpServer.start(repos)) {
      git.run(tmp, "clone", "-q", server.repoUrl("app.git"), "cli");
      try (Git clone =
          Git.cloneRepository()
              .setURI(server.repoUrl("app.git"))
              .setDirectory(tmp.resolve("jgit").toFile())
              .call()) {
        assertThat(clone.getRepository().resolve("HEAD")).isEqualTo(head);
      }
    }
    assertThat(tmp.resolve("cli/deploy/app.yaml")).hasContent("kind: ConfigMap");
    assertThat(tmp.resolve("jgit/deploy/app.yaml")).hasContent("kind: ConfigMap");
  }

  @Test
  void basicAuthAcceptsRightCredentialsOnly() throws Exception {
    try (GitHttpServer server = GitHttpServer.builder(repos).basicAuth("flux", "s3cret").start()) {
      try (Git clone =
          Git.cloneRepository()
              .setURI(server.repoUrl("app.git"))
              .setCredentialsProvider(new UsernamePasswordCredentialsProvider("flux", "s3cret"))
              .setDirectory(tmp.resolve("ok").toFile())
              .call()) {
        assertThat(clone.getRepository().resolve("HEAD")).isEqualTo(head);
      }
      assertThatThrownBy(
              () ->
                  Git.cloneRepository()
                      .setURI(server.repoUrl("app.git"))
                      .setCredentialsProvider(
                          new UsernamePasswordCredentialsProvider("flux", "wrong"))
                      .setDirectory(tmp.resolve("bad").toFile())
                      .call())
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("not authorized");
      String withCredentials = server.repoUrl("app.git").replace("://", "://flux:s3cret@");
      git.run(tmp, "clone", "-q", withCredentials, "cli");
      assertThat(git.tryRun(tmp, "clone", "-q", server.repoUrl("app.git"), "anon").exitCode())
          .isNotZero();
    }
  }

  @Test
  void bearerTokenIsRequiredWhenConfigured() throws Exception {
    try (GitHttpServer server = GitHttpServer.builder(repos).bearerToken("t0ken").start()) {
      git.run(
          tmp,
          "-c",
          "http.extraHeader=Authorization: Bearer t0ken",
          "clone",
          "-q",
          server.repoUrl("app.git"),
          "ok");
      GitCli.Result wrong =
          git.tryRun(
              tmp,
              "-c",
              "http.extraHeader=Authorization: Bearer nope",
              "clone",
              "-q",
              server.repoUrl("app.git"),
              "bad");
      assertThat(wrong.exitCode()).isNotZero();
    }
    assertThat(tmp.resolve("ok/deploy/app.yaml")).exists();
  }

  @Test
  void pushReachesTheBareRepository() throws Exception {
    try (GitHttpServer server = GitHttpServer.start(repos)) {
      git.run(tmp, "clone", "-q", server.repoUrl("app.git"), "work");
      Path work = tmp.resolve("work");
      Files.writeString(work.resolve("new.yaml"), "kind: Secret\n");
      git.run(work, "add", ".");
      git.run(work, "commit", "-q", "-m", "add secret");
      git.run(work, "push", "-q", "origin", "main");
      String pushed = git.run(work, "rev-parse", "HEAD").strip();

      try (TestRepo repo = TestRepo.open(repos.resolve("app.git"))) {
        assertThat(repo.resolve("main").name()).isEqualTo(pushed);
      }
    }
  }

  @Test
  void tlsWithGeneratedCa() throws Exception {
    try (GitHttpServer server = GitHttpServer.builder(repos).tls().start()) {
      assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");
      Path ca = Files.writeString(tmp.resolve("ca.pem"), server.caPem());
      assertThat(git.tryRun(tmp, "clone", "-q", server.repoUrl("app.git"), "untrusted").stderr())
          .containsIgnoringCase("certificate");
      git.env("GIT_SSL_CAINFO", ca.toString())
          .run(tmp, "clone", "-q", server.repoUrl("app.git"), "ok");

      HttpClient client =
          HttpClient.newBuilder().sslContext(server.certificateAuthority().clientContext()).build();
      HttpResponse<String> refs =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(server.repoUrl("app.git") + "/info/refs?service=git-upload-pack"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refs.statusCode()).isEqualTo(200);
      assertThat(refs.body()).contains(head.name());
    }
    assertThat(tmp.resolve("ok/deploy/app.yaml")).exists();
  }
}
