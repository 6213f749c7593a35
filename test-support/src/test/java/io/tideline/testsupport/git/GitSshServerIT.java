package io.tideline.testsupport.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GitSshServerIT {

  @TempDir Path tmp;
  private Path repos;
  private ObjectId head;

  @BeforeEach
  void setUp() throws Exception {
    repos = tmp.resolve("repos");
    try (TestRepo repo = TestRepo.createBare(repos.resolve("app.git"))) {
      head = repo.commitFiles("main", "init", Map.of("README.md", "over ssh\n"));
    }
  }

  record Case(String name, SshKeyPair client, SshKeyPair host) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> keys() {
    return Stream.of(
        new Case("ed25519 client, ecdsa host", SshKeyPair.ed25519(), SshKeyPair.ecdsa()),
        new Case("rsa client, ecdsa host", SshKeyPair.rsa(2048), SshKeyPair.ecdsa()),
        new Case("ecdsa client, ed25519 host", SshKeyPair.ecdsa(), SshKeyPair.ed25519()));
  }

  @ParameterizedTest
  @MethodSource("keys")
  void jgitClonesWithKeyAndKnownHosts(Case c) throws Exception {
    try (GitSshServer server = GitSshServer.startWithHostKey(repos, c.host(), c.client())) {
      SshdSessionFactory ssh = sessionFactory(c.client(), server.knownHostsLine());
      try (Git clone =
          Git.cloneRepository()
              .setURI(server.repoUrl("app.git"))
              .setTransportConfigCallback(t -> ((SshTransport) t).setSshSessionFactory(ssh))
              .setDirectory(tmp.resolve("clone").toFile())
              .call()) {
        assertThat(clone.getRepository().resolve("HEAD")).isEqualTo(head);
      } finally {
        ssh.close();
      }
    }
    assertThat(tmp.resolve("clone/README.md")).hasContent("over ssh");
  }

  @Test
  void unknownClientKeyIsRejected() throws Exception {
    SshKeyPair authorized = SshKeyPair.ed25519();
    SshKeyPair stranger = SshKeyPair.ed25519();
    try (GitSshServer server = GitSshServer.start(repos, authorized)) {
      SshdSessionFactory ssh = sessionFactory(stranger, server.knownHostsLine());
      try {
        assertThatThrownBy(
                () ->
                    Git.cloneRepository()
                        .setURI(server.repoUrl("app.git"))
                        .setTransportConfigCallback(
                            t -> ((SshTransport) t).setSshSessionFactory(ssh))
                        .setDirectory(tmp.resolve("clone").toFile())
                        .call())
            .isInstanceOf(TransportException.class);
      } finally {
        ssh.close();
      }
    }
  }

  @Test
  void gitCliClonesAndPushesWithStrictHostKeyChecking() throws Exception {
    SshKeyPair client = SshKeyPair.ed25519();
    try (GitSshServer server = GitSshServer.start(repos, client)) {
      Path key = client.writePrivateKey(tmp.resolve("id_ed25519"));
      Path knownHosts =
          Files.writeString(tmp.resolve("known_hosts"), server.knownHostsLine() + "\n");
      GitCli git =
          new GitCli(tmp.resolve("home"))
              .env(
                  "GIT_SSH_COMMAND",
                  "ssh -i "
                      + key
                      + " -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="
                      + knownHosts);
      git.run(tmp, "clone", "-q", server.repoUrl("app.git"), "work");
      Path work = tmp.resolve("work");
      Files.writeString(work.resolve("pushed.txt"), "pushed\n");
      git.run(work, "add", ".");
      git.run(work, "commit", "-q", "-m", "push over ssh");
      git.run(work, "push", "-q", "origin", "main");
      String pushed = git.run(work, "rev-parse", "HEAD").strip();

      try (TestRepo repo = TestRepo.open(repos.resolve("app.git"))) {
        assertThat(repo.resolve("main").name()).isEqualTo(pushed);
      }

      Files.writeString(
          knownHosts,
          "[127.0.0.1]:" + server.port() + " " + SshKeyPair.ecdsa().publicKeyLine() + "\n");
      assertThat(git.tryRun(tmp, "clone", "-q", server.repoUrl("app.git"), "spoofed").stderr())
          .containsIgnoringCase("host key");
    }
  }

  private SshdSessionFactory sessionFactory(SshKeyPair client, String knownHostsLine)
      throws Exception {
    Path home = Files.createDirectories(tmp.resolve("jgit-home-" + System.nanoTime()));
    Path sshDir = Files.createDirectories(home.resolve(".ssh"));
    client.writePrivateKey(sshDir.resolve("id_test"));
    Files.writeString(sshDir.resolve("known_hosts"), knownHostsLine + "\n");
    return new SshdSessionFactoryBuilder()
        .setHomeDirectory(home.toFile())
        .setSshDirectory(sshDir.toFile())
        .setDefaultIdentities(dir -> java.util.List.of(dir.toPath().resolve("id_test")))
        .build(null);
  }
}
