package io.tideline.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.testsupport.git.GitHttpServer;
import io.tideline.testsupport.git.GitSshServer;
import io.tideline.testsupport.git.GitTree;
import io.tideline.testsupport.git.PgpSigningKey;
import io.tideline.testsupport.git.SshKeyPair;
import io.tideline.testsupport.git.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Git engine against real Git HTTP and SSH servers on 127.0.0.1. */
class GitClientIT {

  @TempDir static Path base;
  static GitHttpServer http;
  static TestRepo repo;
  static ObjectId first;
  static ObjectId second;
  static ObjectId staging;
  static final GitClient git = new GitClient(Duration.ofSeconds(30));

  @BeforeAll
  static void serve() throws Exception {
    http = GitHttpServer.start(base.resolve("http"));
    repo = TestRepo.createBare(base.resolve("http/app.git"));
    first = repo.commitFiles("master", "first", Map.of("a.txt", "1"));
    repo.lightweightTag("v0.1.0", first.name());
    second = repo.commitFiles("master", "second", Map.of("a.txt", "2", "dir/b.txt", "b"));
    repo.annotatedTag("v0.2.0", second.name(), "release 0.2.0");
    repo.annotatedTag("v0.3.0-rc.1", second.name(), "prerelease");
    staging = repo.commitFiles("staging", "on staging", Map.of("s.txt", "s"));
    repo.repository().updateRef("refs/pull/420/head").link("refs/heads/staging");
  }

  @AfterAll
  static void stop() throws Exception {
    repo.close();
    http.close();
  }

  record Case(GitReference ref, String expectedRevision, String file) {}

  @Test
  void checksOutEveryReferenceKindWithFluxRevisions(@TempDir Path work) throws Exception {
    String url = http.repoUrl("app.git");
    Map<String, String> refs = git.listRemote(url, GitCredentials.NONE);
    var cases =
        java.util.List.of(
            new Case(GitReference.branch(null), "master@sha1:" + second.name(), "dir/b.txt"),
            new Case(GitReference.branch("staging"), "staging@sha1:" + staging.name(), "s.txt"),
            new Case(GitReference.tag("v0.1.0"), "v0.1.0@sha1:" + first.name(), "a.txt"),
            new Case(GitReference.tag("v0.2.0"), "v0.2.0@sha1:" + second.name(), "dir/b.txt"),
            new Case(GitReference.semver("*"), "v0.2.0@sha1:" + second.name(), "dir/b.txt"),
            new Case(GitReference.semver("<0.2.0"), "v0.1.0@sha1:" + first.name(), "a.txt"),
            new Case(
                GitReference.semver(">=0.3.0-rc.0"), "v0.3.0-rc.1@sha1:" + second.name(), "a.txt"),
            new Case(
                GitReference.name("refs/heads/staging"),
                "refs/heads/staging@sha1:" + staging.name(),
                "s.txt"),
            new Case(
                GitReference.name("refs/pull/420/head"),
                "refs/pull/420/head@sha1:" + staging.name(),
                "s.txt"),
            new Case(GitReference.commit(first.name()), "sha1:" + first.name(), "a.txt"),
            new Case(
                new GitReference("master", null, null, null, first.name()),
                "master@sha1:" + first.name(),
                "a.txt"));
    int i = 0;
    for (Case c : cases) {
      GitRevision resolved = git.resolve(c.ref(), refs, url);
      assertThat(resolved.toString()).as(c.ref().toString()).isEqualTo(c.expectedRevision());
      Path dir = work.resolve("c" + i++);
      try (CheckedOutRepository co =
          git.checkout(url, GitCredentials.NONE, c.ref(), resolved, false, dir)) {
        assertThat(co.revision().toString()).as(c.ref().toString()).isEqualTo(c.expectedRevision());
        assertThat(co.workTree().resolve(c.file())).as(c.ref().toString()).exists();
      }
    }
  }

  @Test
  void missingBranchAndUnknownCommitFailWithClearMessages(@TempDir Path work) throws Exception {
    String url = http.repoUrl("app.git");
    Map<String, String> refs = git.listRemote(url, GitCredentials.NONE);
    assertThatThrownBy(() -> git.resolve(GitReference.branch("nope"), refs, url))
        .hasMessageContaining("couldn't find remote ref 'refs/heads/nope'");
    GitReference unknown = GitReference.commit("0123456789012345678901234567890123456789");
    assertThatThrownBy(
            () ->
                git.checkout(
                    url,
                    GitCredentials.NONE,
                    unknown,
                    git.resolve(unknown, refs, url),
                    false,
                    work))
        .hasMessageContaining("object not found");
  }

  @Test
  void basicAndBearerAuth(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("srv");
    try (GitHttpServer basic = GitHttpServer.builder(root).basicAuth("flux", "s3cret").start();
        TestRepo r = TestRepo.createBare(root.resolve("private.git"))) {
      ObjectId c = r.commitFiles("master", "m", Map.of("x", "y"));
      String url = basic.repoUrl("private.git");
      GitCredentials good =
          GitCredentials.fromSecretData(bytes(Map.of("username", "flux", "password", "s3cret")));
      assertThat(git.listRemote(url, good)).containsEntry("refs/heads/master", c.name());
      GitCredentials bad =
          GitCredentials.fromSecretData(bytes(Map.of("username", "flux", "password", "wrong")));
      assertThatThrownBy(() -> git.listRemote(url, bad))
          .isInstanceOf(GitOperationException.class)
          .hasMessageNotContaining("wrong")
          .satisfies(e -> assertThat(((GitOperationException) e).isAuthentication()).isTrue());
    }
    Path root2 = dir.resolve("srv2");
    try (GitHttpServer bearer = GitHttpServer.builder(root2).bearerToken("t0ken").start();
        TestRepo r = TestRepo.createBare(root2.resolve("private.git"))) {
      ObjectId c = r.commitFiles("master", "m", Map.of("x", "y"));
      GitCredentials token = GitCredentials.fromSecretData(bytes(Map.of("bearerToken", "t0ken")));
      assertThat(git.listRemote(bearer.repoUrl("private.git"), token))
          .containsEntry("refs/heads/master", c.name());
    }
  }

  @Test
  void httpsWithCustomCa(@TempDir Path dir) throws Exception {
    try (GitHttpServer tls = GitHttpServer.builder(dir).tls().start();
        TestRepo r = TestRepo.createBare(dir.resolve("tls.git"))) {
      ObjectId c = r.commitFiles("master", "m", Map.of("x", "y"));
      String url = tls.repoUrl("tls.git");
      assertThatThrownBy(() -> git.listRemote(url, GitCredentials.NONE))
          .isInstanceOf(GitOperationException.class);
      GitCredentials ca = GitCredentials.fromSecretData(bytes(Map.of("ca.crt", tls.caPem())));
      assertThat(git.listRemote(url, ca)).containsEntry("refs/heads/master", c.name());
    }
  }

  @Test
  void sshWithKnownHostsAndUnknownHostKey(@TempDir Path dir) throws Exception {
    SshKeyPair client = SshKeyPair.ed25519();
    try (GitSshServer ssh = GitSshServer.start(dir, client);
        TestRepo r = TestRepo.createBare(dir.resolve("ssh.git"))) {
      ObjectId c = r.commitFiles("master", "m", Map.of("x", "y"));
      String url = ssh.repoUrl("ssh.git");
      GitCredentials good =
          GitCredentials.fromSecretData(
              bytes(
                  Map.of(
                      "identity",
                      client.privateKeyOpenSsh(),
                      "known_hosts",
                      ssh.knownHostsLine())));
      assertThat(git.listRemote(url, good)).containsEntry("refs/heads/master", c.name());
      try (CheckedOutRepository co =
          git.checkout(
              url,
              good,
              GitReference.branch(null),
              new GitRevision("master", c.name()),
              false,
              dir.resolve("wt"))) {
        assertThat(co.workTree().resolve("x")).hasContent("y");
      }
      String otherHost = SshKeyPair.ecdsa().publicKeyLine();
      GitCredentials unknownHost =
          GitCredentials.fromSecretData(
              bytes(
                  Map.of(
                      "identity",
                      client.privateKeyOpenSsh(),
                      "known_hosts",
                      "[127.0.0.1]:" + ssh.port() + " " + otherHost)));
      assertThatThrownBy(() -> git.listRemote(url, unknownHost))
          .isInstanceOf(GitOperationException.class);
    }
  }

  @Test
  void submodulesAreCheckedOutWhenAsked(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("srv");
    try (GitHttpServer server = GitHttpServer.start(root);
        TestRepo lib = TestRepo.createBare(root.resolve("lib.git"));
        TestRepo app = TestRepo.createBare(root.resolve("app.git"))) {
      ObjectId libCommit = lib.commitFiles("main", "lib", Map.of("lib.txt", "lib"));
      ObjectId appCommit =
          app.commit(
              "master",
              "app",
              GitTree.of(Map.of("app.txt", "app"))
                  .submodule("vendor/lib", server.repoUrl("lib.git"), libCommit));
      String url = server.repoUrl("app.git");
      GitRevision rev = new GitRevision("master", appCommit.name());
      try (CheckedOutRepository co =
          git.checkout(
              url,
              GitCredentials.NONE,
              GitReference.branch(null),
              rev,
              true,
              dir.resolve("with"))) {
        assertThat(dir.resolve("with/vendor/lib/lib.txt")).hasContent("lib");
      }
      try (CheckedOutRepository co =
          git.checkout(
              url,
              GitCredentials.NONE,
              GitReference.branch(null),
              rev,
              false,
              dir.resolve("without"))) {
        assertThat(dir.resolve("without/vendor/lib/lib.txt")).doesNotExist();
      }
    }
  }

  @Test
  void pgpSignaturesOfCommitsAndTags(@TempDir Path dir) throws Exception {
    PgpSigningKey trusted = PgpSigningKey.generate("Trusted <t@example.invalid>");
    PgpSigningKey other = PgpSigningKey.generate("Other <o@example.invalid>");
    Path root = dir.resolve("srv");
    try (GitHttpServer server = GitHttpServer.start(root);
        TestRepo r = TestRepo.createBare(root.resolve("signed.git"))) {
      ObjectId signed = r.commit("master", "signed", GitTree.of(Map.of("x", "1")), trusted);
      r.annotatedTag("v1.0.0", signed.name(), "signed tag", trusted);
      ObjectId unsigned = r.commitFiles("other", "unsigned", Map.of("x", "2"));
      String url = server.repoUrl("signed.git");
      PgpSignatureVerifier verifier =
          PgpSignatureVerifier.fromSecretData(
              bytes(Map.of("author.asc", trusted.armoredPublicKey())));
      PgpSignatureVerifier wrongKeys =
          PgpSignatureVerifier.fromSecretData(
              bytes(Map.of("author.asc", other.armoredPublicKey())));
      try (CheckedOutRepository co =
          git.checkout(
              url,
              GitCredentials.NONE,
              GitReference.tag("v1.0.0"),
              new GitRevision("v1.0.0", signed.name()),
              false,
              dir.resolve("a"))) {
        assertThat(verifier.verifyCommit(co.commit())).isNotBlank();
        assertThat(verifier.verifyTag(co.annotatedTag())).isNotBlank();
        assertThatThrownBy(() -> wrongKeys.verifyCommit(co.commit()))
            .isInstanceOf(PgpSignatureVerifier.SignatureException.class);
      }
      try (CheckedOutRepository co =
          git.checkout(
              url,
              GitCredentials.NONE,
              GitReference.branch("other"),
              new GitRevision("other", unsigned.name()),
              false,
              dir.resolve("b"))) {
        assertThatThrownBy(() -> verifier.verifyCommit(co.commit()))
            .isInstanceOf(PgpSignatureVerifier.SignatureException.class);
      }
    }
  }

  static Map<String, byte[]> bytes(Map<String, String> data) {
    var out = new java.util.HashMap<String, byte[]>();
    data.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  static String read(Path p) throws java.io.IOException {
    return Files.readString(p);
  }
}
