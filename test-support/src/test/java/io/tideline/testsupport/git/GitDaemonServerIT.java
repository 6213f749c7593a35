package io.tideline.testsupport.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDaemonServerIT {

  @TempDir Path tmp;

  @Test
  void cloneWithGitAndJGitThenPush() throws Exception {
    Path repos = tmp.resolve("repos");
    ObjectId head;
    try (TestRepo repo = TestRepo.createBare(repos.resolve("app.git"))) {
      head = repo.commitFiles("main", "init", Map.of("README.md", "hello\n"));
    }
    GitCli git = new GitCli(tmp.resolve("home"));

    try (GitDaemonServer daemon = GitDaemonServer.start(repos, tmp.resolve("daemon.log"))) {
      assertThat(daemon.repoUrl("app.git")).startsWith("git://127.0.0.1:");
      try (Git clone =
          Git.cloneRepository()
              .setURI(daemon.repoUrl("app.git"))
              .setDirectory(tmp.resolve("jgit").toFile())
              .call()) {
        assertThat(clone.getRepository().resolve("HEAD")).isEqualTo(head);
      }

      git.run(tmp, "clone", "-q", daemon.repoUrl("app.git"), "work");
      Path work = tmp.resolve("work");
      Files.writeString(work.resolve("more.txt"), "more\n");
      git.run(work, "add", ".");
      git.run(work, "commit", "-q", "-m", "more");
      git.run(work, "push", "-q", "origin", "main");
      String pushed = git.run(work, "rev-parse", "HEAD").strip();

      try (TestRepo repo = TestRepo.open(repos.resolve("app.git"))) {
        assertThat(repo.resolve("main").name()).isEqualTo(pushed);
      }
    }
    assertThat(tmp.resolve("jgit/README.md")).hasContent("hello");
  }
}
