package io.tideline.runtime.reconcile;

/** What a successful {@link ReconcileStep} tells the pipeline. */
public enum StepResult {
  /** Run the next step. */
  CONTINUE,
  /** The reconcile is complete; skip the remaining steps. */
  FINISH
}
