package io.tideline.runtime.reconcile;

/**
 * One small step of a reconcile (fetch, build, apply, …) over the kind's typed per-reconcile
 * context. A step sets or deletes the negative conditions it owns and either returns whether the
 * pipeline continues or throws a {@link ReconcileError}.
 *
 * @param <C> the kind's per-reconcile context
 */
@FunctionalInterface
public interface ReconcileStep<C> {

  /**
   * Runs the step.
   *
   * @return {@link StepResult#CONTINUE} to run the next step, {@link StepResult#FINISH} to end the
   *     reconcile successfully here (e.g. nothing changed upstream)
   * @throws ReconcileError when the step fails; later steps do not run
   */
  StepResult run(C context) throws ReconcileError;

  /** The name used in logs and in failures of unexpected exceptions. */
  default String name() {
    return getClass().getSimpleName();
  }
}
