package io.tideline.kustomize.kustomization;

import io.tideline.api.meta.Reasons;
import io.tideline.runtime.cel.CelLimits;
import io.tideline.runtime.cel.CustomHealthChecks;
import io.tideline.runtime.cel.InvalidExpressionException;
import io.tideline.runtime.reconcile.ReconcileStep;
import io.tideline.runtime.reconcile.StallingError;
import io.tideline.runtime.reconcile.StepResult;

/**
 * Compiles {@code spec.healthCheckExprs} before anything else happens, as Flux does: an invalid or
 * duplicate entry is a configuration error, so Ready False and Stalled {@code
 * InvalidCELExpression}, nothing fetched or applied, no retry until the spec changes. The compiled
 * checks go to {@link CheckHealth} through the context.
 */
final class CompileHealthChecks implements ReconcileStep<KustomizationContext> {

  /** Flux's prefix for terminal configuration errors. */
  static final String TERMINAL_ERROR =
      "Reconciliation failed terminally due to configuration error: ";

  @Override
  public StepResult run(KustomizationContext ctx) throws StallingError {
    try {
      ctx.healthChecks =
          CustomHealthChecks.compile(
              ctx.object.getSpec().getHealthCheckExprs(), CelLimits.defaults());
    } catch (InvalidExpressionException e) {
      throw new StallingError(Reasons.INVALID_CEL_EXPRESSION, TERMINAL_ERROR + e.getMessage());
    }
    return StepResult.CONTINUE;
  }
}
