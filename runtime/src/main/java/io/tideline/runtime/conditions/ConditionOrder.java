package io.tideline.runtime.conditions;

import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionTypes;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which Flux writes conditions: {@code Stalled}, {@code Reconciling}, {@code Ready}
 * first, then the rest by descending observedGeneration, then by type name.
 */
public final class ConditionOrder {
  private ConditionOrder() {}

  private static final List<String> FIRST =
      List.of(ConditionTypes.STALLED, ConditionTypes.RECONCILING, ConditionTypes.READY);

  /** The comparator implementing Flux's condition order. */
  public static final Comparator<Condition> FLUX =
      Comparator.comparingInt(ConditionOrder::rank)
          .thenComparing(ConditionOrder::generation, Comparator.reverseOrder())
          .thenComparing(Condition::getType);

  private static int rank(Condition condition) {
    int index = FIRST.indexOf(condition.getType());
    return index < 0 ? FIRST.size() : index;
  }

  private static long generation(Condition condition) {
    return condition.getObservedGeneration() == null ? 0 : condition.getObservedGeneration();
  }
}
