package io.tideline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeBuildCommandTest {

  private static final Path TREES = CliRun.testdata("kustomize");

  @Test
  void printsTheSameYamlAsKubectlForAGoodTree() throws IOException {
    CliRun run = CliRun.of("kustomize", "build", TREES.resolve("good/overlays/prod").toString());

    assertThat(run.stderr()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo(read(TREES.resolve("good/expected.yaml")));
  }

  @Test
  void writesToAFileWithOutput(@TempDir Path temp) throws IOException {
    Path file = temp.resolve("out.yaml");

    CliRun run =
        CliRun.of(
            "kustomize",
            "build",
            TREES.resolve("good/overlays/prod").toString(),
            "-o",
            file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEmpty();
    assertThat(read(file)).isEqualTo(read(TREES.resolve("good/expected.yaml")));
  }

  @Test
  void badTreeFailsWithOneParagraphNamingTheFile() {
    CliRun run = CliRun.of("kustomize", "build", TREES.resolve("bad").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).startsWith("Error: ").contains("missing.yaml");
    assertThat(run.stderr().strip()).doesNotContain("\n");
    assertThat(run.stderr()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void fileOutsideTheRootIsRefusedByDefault() {
    CliRun run = CliRun.of("kustomize", "build", TREES.resolve("outside-root/app").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("Error: ").contains("configmap.yaml");
  }

  @Test
  void loadRestrictorNoneAllowsFilesOutsideTheRoot() throws IOException {
    CliRun run =
        CliRun.of(
            "kustomize",
            "build",
            "--load-restrictor",
            "LoadRestrictionsNone",
            TREES.resolve("outside-root/app").toString());

    assertThat(run.stderr()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo(read(TREES.resolve("outside-root/expected.yaml")));
  }

  @Test
  void missingDirectoryIsAUserError(@TempDir Path temp) {
    CliRun run = CliRun.of("kustomize", "build", temp.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("Error: ").contains("nope", "is not a directory");
  }

  @Test
  void unknownLoadRestrictorIsAUsageError() {
    CliRun run = CliRun.of("kustomize", "build", "--load-restrictor", "Anything", TREES.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("LoadRestrictionsRootOnly", "LoadRestrictionsNone");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
