package io.tideline.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceIgnoreTest {

  record Case(String path, boolean dir, boolean excluded) {}

  static void check(SourceIgnore ignore, List<Case> cases) {
    for (Case c : cases) {
      assertThat(ignore.exclude(c.path(), c.dir())).as(c.path()).isEqualTo(c.excluded());
    }
  }

  @Test
  void defaultsApplyWithoutPatterns(@TempDir Path dir) throws Exception {
    check(
        SourceIgnore.load(dir, null),
        List.of(
            new Case(".git", true, true),
            new Case(".gitignore", false, true),
            new Case("img/logo.png", false, true),
            new Case("dist/app.tar.gz", false, true),
            new Case(".github", true, true),
            new Case("sub/.sops.yaml", false, true),
            new Case("deploy/app.yaml", false, false),
            new Case("README.md", false, false)));
  }

  @Test
  void specIgnoreReplacesDefaultsButKeepsVcs(@TempDir Path dir) throws Exception {
    check(
        SourceIgnore.load(dir, "/*\n!/deploy\n*.md\n"),
        List.of(
            new Case(".git", true, true),
            new Case("src", true, true),
            new Case("deploy", true, false),
            new Case("deploy/app.yaml", false, false),
            new Case("deploy/logo.png", false, false),
            new Case("deploy/NOTES.md", false, true)));
  }

  @Test
  void sourceignoreFilesApplyBelowTheirFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("apps/web"));
    Files.writeString(dir.resolve(".sourceignore"), "*.txt\n");
    Files.writeString(dir.resolve("apps/.sourceignore"), "secret.yaml\n!keep.txt\n");
    check(
        SourceIgnore.load(dir, null),
        List.of(
            new Case("a.txt", false, true),
            new Case("apps/keep.txt", false, false),
            new Case("apps/web/secret.yaml", false, true),
            new Case("secret.yaml", false, false),
            new Case("logo.png", false, false)));
  }

  @Test
  void sparseCheckoutKeepsListedFolders(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("apps/web"));
    Files.createDirectories(dir.resolve("infra"));
    SparseCheckoutFilter sparse = SparseCheckoutFilter.of(List.of("./apps/web/"), dir);
    assertThat(sparse.exclude("apps", true)).isFalse();
    assertThat(sparse.exclude("apps/web/x.yaml", false)).isFalse();
    assertThat(sparse.exclude("apps/other.yaml", false)).isTrue();
    assertThat(sparse.exclude("infra", true)).isTrue();
    assertThat(sparse.exclude("README.md", false)).isTrue();
    assertThatThrownBy(() -> SparseCheckoutFilter.of(List.of("nope"), dir))
        .hasMessage("sparse checkout dir 'nope' does not exist in repository");
  }
}
