package io.tideline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeBenchCommandTest {

  private static final Path TREES = CliRun.testdata("kustomize");

  @Test
  void reportsTimingsAndWritesTheLastBuild(@TempDir Path temp) throws IOException {
    Path out = temp.resolve("bench.yaml");

    CliRun run =
        CliRun.of(
            "bench",
            "kustomize",
            TREES.resolve("good/overlays/prod").toString(),
            "--warmup",
            "1",
            "--runs",
            "3",
            "--output",
            out.toString());

    assertThat(run.stderr()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .matches(
            "resources=2 warmup=1 runs=3 median_ms=[0-9.]+ min_ms=[0-9.]+ max_ms=[0-9.]+ cpu_median_ms=[0-9.]+\\R");
    assertThat(Files.readString(out))
        .isEqualTo(Files.readString(TREES.resolve("good/expected.yaml")));
  }

  @Test
  void rejectsZeroRuns() {
    CliRun run =
        CliRun.of(
            "bench", "kustomize", TREES.resolve("good/overlays/prod").toString(), "--runs", "0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("Error: ").contains("--runs");
  }
}
