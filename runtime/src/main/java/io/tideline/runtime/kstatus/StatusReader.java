package io.tideline.runtime.kstatus;

import java.util.Map;

/**
 * Computes the kstatus of one live object from its JSON form. The default is {@link
 * KstatusEvaluator}; a Kustomization's {@code healthCheckExprs} plug in their own for the kinds
 * they name.
 */
@FunctionalInterface
public interface StatusReader {

  /** The status of an existing object. */
  KstatusResult read(Map<String, Object> object);

  /** kstatus's own rules for every kind. */
  static StatusReader kstatus() {
    return KstatusEvaluator::compute;
  }
}
