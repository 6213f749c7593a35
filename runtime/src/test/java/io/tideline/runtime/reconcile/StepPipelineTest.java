package io.tideline.runtime.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepPipelineTest {

  /** The typed context the test steps share: a log of which steps ran. */
  static final class Context {
    final List<String> ran = new ArrayList<>();
  }

  static ReconcileStep<Context> step(String name, StepResult result) {
    return named(name, ctx -> result);
  }

  static ReconcileStep<Context> failing(String name, ReconcileError error) {
    return named(
        name,
        ctx -> {
          throw error;
        });
  }

  interface Body {
    StepResult run(Context ctx) throws ReconcileError;
  }

  static ReconcileStep<Context> named(String name, Body body) {
    return new ReconcileStep<>() {
      @Override
      public StepResult run(Context ctx) throws ReconcileError {
        ctx.ran.add(name);
        return body.run(ctx);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  record Case(
      String name,
      List<ReconcileStep<Context>> steps,
      List<String> ran,
      Optional<Class<? extends ReconcileError>> errorType,
      String errorReason,
      String errorMessage) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "all steps continue",
            List.of(step("Fetch", StepResult.CONTINUE), step("Build", StepResult.CONTINUE)),
            List.of("Fetch", "Build"),
            Optional.empty(),
            null,
            null),
        new Case(
            "FINISH skips the remaining steps successfully",
            List.of(step("Fetch", StepResult.FINISH), step("Build", StepResult.CONTINUE)),
            List.of("Fetch"),
            Optional.empty(),
            null,
            null),
        new Case(
            "stops at the first error",
            List.of(
                step("Fetch", StepResult.CONTINUE),
                failing("Build", new GenericError("BuildFailed", "kustomization.yaml: bad")),
                step("Apply", StepResult.CONTINUE)),
            List.of("Fetch", "Build"),
            Optional.of(GenericError.class),
            "BuildFailed",
            "kustomization.yaml: bad"),
        new Case(
            "stalling error is passed through",
            List.of(failing("Validate", new StallingError("InvalidURL", "url has no scheme"))),
            List.of("Validate"),
            Optional.of(StallingError.class),
            "InvalidURL",
            "url has no scheme"),
        new Case(
            "waiting error is passed through",
            List.of(
                failing(
                    "Deps",
                    new WaitingError("DependencyNotReady", "not ready", Duration.ofSeconds(30)))),
            List.of("Deps"),
            Optional.of(WaitingError.class),
            "DependencyNotReady",
            "not ready"),
        new Case(
            "unexpected runtime exception becomes a generic error naming the step",
            List.of(
                named(
                    "Apply",
                    ctx -> {
                      throw new IllegalStateException("boom");
                    }),
                step("Prune", StepResult.CONTINUE)),
            List.of("Apply"),
            Optional.of(GenericError.class),
            "Failed",
            "step Apply failed unexpectedly: boom"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void runsStepsInOrder(Case tc) {
    Context ctx = new Context();

    Optional<ReconcileError> error = new StepPipeline<>(tc.steps()).run(ctx);

    assertThat(ctx.ran).containsExactlyElementsOf(tc.ran());
    assertThat(error.map(Object::getClass)).isEqualTo(tc.errorType());
    error.ifPresent(
        e -> {
          assertThat(e.reason()).isEqualTo(tc.errorReason());
          assertThat(e.getMessage()).isEqualTo(tc.errorMessage());
        });
  }
}
