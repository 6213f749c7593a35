package io.tideline.testsupport.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRepoIT {

  @TempDir Path tmp;
  private GitCli git;

  @BeforeEach
  void setUp() throws Exception {
    git = new GitCli(tmp.resolve("home"));
  }

  @Test
  void branchesTagsAndFileModesAsGitSeesThem() throws Exception {
    Path dir = tmp.resolve("app.git");
    ObjectId first;
    ObjectId second;
    try (TestRepo repo = TestRepo.createBare(dir)) {
      first = repo.commitFiles("main", "first", Map.of("a.txt", "1\n"));
      second =
          repo.commit(
              "main",
              "second",
              GitTree.empty()
                  .file("a.txt", "2\n")
                  .executable("bin/run.sh", "#!/bin/sh\n")
                  .symlink("link", "a.txt"));
      repo.branch("release", "main~1");
      ObjectId third = repo.commit("feature", "edit", repo.treeOf("main").file("a.txt", "3\n"));
      assertThat(repo.treeOf("feature").entries().keySet())
          .containsExactly("a.txt", "bin/run.sh", "link");
      assertThat(repo.treeOf(third.name()).entries().get("bin/run.sh").mode())
          .isEqualTo(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE);
      repo.lightweightTag("v1.0.0", first.name());
      repo.annotatedTag("v2.0.0", "main", "second release");
    }

    assertThat(git.run(dir, "rev-parse", "main").strip()).isEqualTo(second.name());
    assertThat(git.run(dir, "rev-parse", "release").strip()).isEqualTo(first.name());
    assertThat(git.run(dir, "rev-parse", "main~1").strip()).isEqualTo(first.name());
    assertThat(git.run(dir, "show", "feature:a.txt")).isEqualTo("3\n");
    assertThat(git.run(dir, "show", "feature:bin/run.sh")).isEqualTo("#!/bin/sh\n");
    assertThat(git.run(dir, "cat-file", "-t", "v1.0.0").strip()).isEqualTo("commit");
    assertThat(git.run(dir, "cat-file", "-t", "v2.0.0").strip()).isEqualTo("tag");
    assertThat(git.run(dir, "rev-parse", "v2.0.0^{commit}").strip()).isEqualTo(second.name());
    assertThat(git.run(dir, "ls-tree", "-r", "main"))
        .contains("100644 blob", "\ta.txt")
        .contains("100755 blob", "\tbin/run.sh")
        .contains("120000 blob", "\tlink");
    assertThat(git.run(dir, "symbolic-ref", "HEAD").strip()).isEqualTo("refs/heads/main");
    git.run(dir, "fsck", "--strict");
  }

  @Test
  void submodulesAreClonedRecursively() throws Exception {
    Path repos = tmp.resolve("repos");
    ObjectId libCommit;
    try (TestRepo lib = TestRepo.createBare(repos.resolve("lib.git"))) {
      libCommit = lib.commitFiles("main", "lib", Map.of("lib.yaml", "lib: true\n"));
    }
    try (GitHttpServer server = GitHttpServer.start(repos);
        TestRepo app = TestRepo.createBare(repos.resolve("app.git"))) {
      app.commit(
          "main",
          "with submodule",
          GitTree.empty()
              .file("app.yaml", "app: true\n")
              .submodule("vendor/lib", server.repoUrl("lib.git"), libCommit));

      git.run(
          tmp,
          "-c",
          "protocol.file.allow=always",
          "clone",
          "-q",
          "--recurse-submodules",
          server.repoUrl("app.git"),
          "clone");
    }
    assertThat(tmp.resolve("clone/vendor/lib/lib.yaml")).hasContent("lib: true");
    assertThat(tmp.resolve("clone/.gitmodules")).content().contains("path = vendor/lib");
  }

  @Test
  void signedCommitsAndTagsVerifyWithGnuPg() throws Exception {
    PgpSigningKey key = PgpSigningKey.generate("Flux Test <flux@tideline.invalid>");
    Path dir = tmp.resolve("signed.git");
    ObjectId commit;
    ObjectId tag;
    try (TestRepo repo = TestRepo.createBare(dir)) {
      commit = repo.commit("main", "signed", GitTree.empty().file("a", "a\n"), key);
      tag = repo.annotatedTag("v1.0.0", "main", "signed tag", key);
      try (RevWalk walk = new RevWalk(repo.repository())) {
        RevCommit parsed = walk.parseCommit(commit);
        RevTag parsedTag = walk.parseTag(tag);
        assertThat(parsed.getRawGpgSignature()).isNotNull();
        assertThat(parsedTag.getRawGpgSignature()).isNotNull();
      }
    }

    assumeTrue(onPath("gpg"), "gpg (Debian package gnupg) is needed as the verification oracle");
    Path gnupg = Files.createDirectories(tmp.resolve("gnupg"));
    Files.setPosixFilePermissions(
        gnupg, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Path publicKey = Files.writeString(tmp.resolve("key.asc"), key.armoredPublicKey());
    assertThat(key.armoredPublicKey()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
    git.env("GNUPGHOME", gnupg.toString());
    ProcessBuilder importKey =
        new ProcessBuilder("gpg", "--batch", "--import", publicKey.toString())
            .redirectErrorStream(true);
    importKey.environment().put("GNUPGHOME", gnupg.toString());
    Process process = importKey.start();
    String importLog = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(importLog).isZero();

    GitCli.Result commitCheck = git.tryRun(dir, "verify-commit", "-v", commit.name());
    GitCli.Result tagCheck = git.tryRun(dir, "verify-tag", "-v", "v1.0.0");
    assertThat(commitCheck.exitCode()).as(commitCheck.stderr()).isZero();
    assertThat(commitCheck.stderr()).contains("Good signature").contains(key.keyId());
    assertThat(tagCheck.exitCode()).as(tagCheck.stderr()).isZero();
    assertThat(tagCheck.stderr()).contains("Good signature");

    PgpSigningKey other = PgpSigningKey.generate("Other <other@tideline.invalid>");
    try (TestRepo repo = TestRepo.open(dir)) {
      ObjectId foreign = repo.commit("main", "foreign", GitTree.empty().file("b", "b\n"), other);
      assertThat(git.tryRun(dir, "verify-commit", foreign.name()).exitCode()).isNotZero();
    }
  }

  private static boolean onPath(String command) {
    return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
