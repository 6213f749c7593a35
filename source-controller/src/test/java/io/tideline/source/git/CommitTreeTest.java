package io.tideline.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.artifact.ArchiveFilter;
import io.tideline.artifact.ArchiveTree;
import io.tideline.artifact.DeterministicTarGz;
import io.tideline.artifact.DirectoryTree;
import io.tideline.testsupport.git.GitTree;
import io.tideline.testsupport.git.TestRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive built from the object database is byte for byte the one built from the same commit
 * written to disk, with and without ignore rules and sparse checkout; symbolic links are left out
 * of both, as Flux's archiver does.
 */
class CommitTreeTest {

  @TempDir Path tmp;

  /** Entries whose Git tree order differs from the archive's name order, links, a submodule. */
  static GitTree tree() {
    return GitTree.empty()
        .file("README.md", "# demo\n")
        .file("a.txt", "a\n")
        .file("a/b.yaml", "b: 1\n")
        .file("a-b/c.yaml", "c: 1\n")
        .executable("deploy/run.sh", "#!/bin/sh\necho hi\n")
        .file("deploy/app.yaml", "kind: ConfigMap\n")
        .file("deploy/logo.png", "png")
        .file("deploy/.sourceignore", "*.tmp\n")
        .file("deploy/scratch.tmp", "tmp")
        .file("d\u00e9j\u00e0/vu.yaml", "x: y\n")
        .file("x".repeat(90) + "/" + "y".repeat(40) + ".yaml", "long: name\n")
        .symlink("app-link.yaml", "deploy/app.yaml")
        .symlink("deploy-link", "deploy")
        .symlink("escape", "../../../../etc/passwd")
        .symlink("absolute", "/etc/passwd")
        .symlink("links/only", "../README.md")
        .submodule("vendor/lib", "https://example.invalid/lib.git", ObjectId.zeroId());
  }

  @Test
  void archiveFromObjectsEqualsArchiveFromDisk() throws Exception {
    try (Checkout c = checkout(tree())) {
      Path disk = tmp.resolve("disk");
      WorkTreeWriter.write(c.repo.repository(), c.commit, disk);
      DirectoryTree onDisk = new DirectoryTree(disk);

      assertThat(archive(c.tree, ArchiveFilter.NONE))
          .isEqualTo(archive(onDisk, ArchiveFilter.NONE));
      for (String spec : new String[] {null, "/a/\n", "*.yaml\n!/deploy/app.yaml\n"}) {
        assertThat(archive(c.tree, SourceIgnore.load(c.tree, spec, ArchiveFilter.NONE)))
            .as("spec.ignore %s", spec)
            .isEqualTo(archive(onDisk, SourceIgnore.load(disk, spec, ArchiveFilter.NONE)));
      }
      SparseCheckoutFilter sparse =
          SparseCheckoutFilter.of(List.of("./deploy/"), c.tree::isDirectory);
      assertThat(archive(c.tree, sparse))
          .isEqualTo(archive(onDisk, SparseCheckoutFilter.of(List.of("deploy"), disk)));
    }
  }

  @Test
  void symbolicLinksAndSubmodulesAreLeftOutAsInFlux() throws Exception {
    try (Checkout c = checkout(tree())) {
      List<String> names =
          entries(archive(c.tree, SourceIgnore.load(c.tree, null, ArchiveFilter.NONE)));

      assertThat(names)
          .containsExactly(
              "README.md",
              "a/",
              "a/b.yaml",
              "a-b/",
              "a-b/c.yaml",
              "a.txt",
              "deploy/",
              "deploy/.sourceignore",
              "deploy/app.yaml",
              "deploy/logo.png",
              "deploy/run.sh",
              "d\u00e9j\u00e0/",
              "d\u00e9j\u00e0/vu.yaml",
              "links/",
              "x".repeat(90) + "/",
              "x".repeat(90) + "/" + "y".repeat(40) + ".yaml");
    }
  }

  @Test
  void linkedSourceIgnoreOrSparseFolderFallsBackToTheWorkTree() throws Exception {
    GitTree linked = tree().symlink("other/.sourceignore", "../deploy/.sourceignore");
    try (Checkout c = checkout(linked)) {
      assertThat(c.checkout.commitTree(List.of())).isNull();
      Path work = c.checkout.workTree();
      assertThat(work.resolve("other/.sourceignore")).isSymbolicLink();
      assertThat(work.resolve("deploy/app.yaml")).hasContent("kind: ConfigMap");
    }
    try (Checkout c = checkout(tree())) {
      assertThat(c.checkout.commitTree(List.of("deploy"))).isNotNull();
      assertThat(c.checkout.commitTree(List.of("./deploy-link/"))).isNull();
    }
  }

  @Test
  void aWrittenWorkTreeIsWhatGetsArchived() throws Exception {
    try (Checkout c = checkout(tree())) {
      c.checkout.workTree();
      assertThat(c.checkout.commitTree(List.of())).isNull();
    }
  }

  @Test
  void unknownPathsAreErrors() throws Exception {
    try (Checkout c = checkout(tree())) {
      assertThat(c.tree.isDirectory("deploy")).isTrue();
      assertThat(c.tree.isDirectory("vendor")).isFalse();
      assertThat(c.tree.isDirectory("deploy-link")).isFalse();
      assertThatThrownBy(() -> c.tree.list("nope")).hasMessageContaining("'nope'");
      assertThatThrownBy(() -> c.tree.open("app-link.yaml"))
          .hasMessageContaining("'app-link.yaml' is not a file");
      assertThatThrownBy(() -> SparseCheckoutFilter.of(List.of("vendor"), c.tree::isDirectory))
          .hasMessageContaining("'vendor' does not exist");
    }
  }

  @Test
  void pathsIntoGitMetadataAreRefused() {
    for (String path : List.of(".git", ".git/config", "../x", "a/../b")) {
      assertThatThrownBy(() -> WorkTreeWriter.requireInsideWorkTree(path))
          .as(path)
          .hasMessageContaining("refusing to write '" + path + "'");
    }
  }

  private record Checkout(
      TestRepo repo, ObjectId commit, CheckedOutRepository checkout, CommitTree tree)
      implements AutoCloseable {
    @Override
    public void close() {
      checkout.close();
      repo.close();
    }
  }

  private Checkout checkout(GitTree content) throws Exception {
    Path base = Files.createTempDirectory(tmp, "repo");
    TestRepo repo = TestRepo.createBare(base.resolve("app.git"));
    ObjectId commit = repo.commit("main", "content", content);
    String url = base.resolve("app.git").toUri().toString();
    GitClient git = new GitClient(Duration.ofSeconds(30));
    GitRevision revision =
        git.resolve(GitReference.branch("main"), git.listRemote(url, GitCredentials.NONE), url);
    CheckedOutRepository checkout =
        git.checkout(
            url,
            GitCredentials.NONE,
            GitReference.branch("main"),
            revision,
            false,
            base.resolve("work"));
    assertThat(checkout.revision().commit()).isEqualTo(commit.name());
    return new Checkout(repo, commit, checkout, checkout.commitTree(List.of()));
  }

  private static byte[] archive(ArchiveTree tree, ArchiveFilter filter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeterministicTarGz(filter).write(tree, out);
    return out.toByteArray();
  }

  private static List<String> entries(byte[] archive) throws IOException {
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GzipCompressorInputStream(new ByteArrayInputStream(archive)), "UTF-8")) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
