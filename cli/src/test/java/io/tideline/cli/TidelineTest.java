package io.tideline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TidelineTest {

  record Case(List<String> args, int exitCode, String stdoutContains, String stderrContains) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(List.of("--help"), 0, "kustomize", ""),
        new Case(List.of("--version"), 0, "tideline ", ""),
        new Case(List.of("kustomize", "--help"), 0, "build", ""),
        new Case(List.of("kustomize", "build", "--help"), 0, "--load-restrictor", ""),
        new Case(List.of(), 2, "", "Missing a command group"),
        new Case(List.of("kustomize"), 2, "", "Missing a kustomize command"),
        new Case(List.of("frobnicate"), 2, "", "Unmatched argument"),
        new Case(List.of("kustomize", "biuld"), 2, "", "Did you mean"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void commandLineShape(Case c) {
    CliRun run = CliRun.of(c.args().toArray(String[]::new));

    assertThat(run.exitCode()).as("exit code of %s", c.args()).isEqualTo(c.exitCode());
    assertThat(run.stdout()).contains(c.stdoutContains());
    assertThat(run.stderr()).contains(c.stderrContains());
  }
}
