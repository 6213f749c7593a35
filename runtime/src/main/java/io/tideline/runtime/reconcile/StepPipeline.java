package io.tideline.runtime.reconcile;

import io.tideline.api.meta.Reasons;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of steps run against one context. It stops at the first error; an unexpected
 * runtime exception from a step becomes a {@link GenericError} naming the step, so a bug surfaces
 * as a condition message and a backoff rather than a crashed reconcile.
 *
 * @param <C> the kind's per-reconcile context
 */
public final class StepPipeline<C> {

  private final List<ReconcileStep<C>> steps;

  public StepPipeline(List<ReconcileStep<C>> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The outcome of running the pipeline: empty on success, otherwise the first error. */
  public Optional<ReconcileError> run(C context) {
    for (ReconcileStep<C> step : steps) {
      try {
        if (step.run(context) == StepResult.FINISH) {
          return Optional.empty();
        }
      } catch (ReconcileError error) {
        return Optional.of(error);
      } catch (RuntimeException unexpected) {
        return Optional.of(
            new GenericError(
                Reasons.FAILED,
                "step " + step.name() + " failed unexpectedly: " + describe(unexpected),
                unexpected));
      }
    }
    return Optional.empty();
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
