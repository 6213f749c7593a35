package io.tideline.runtime.conditions;

import io.tideline.api.meta.ConditionTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a kind declares about its conditions: the types its steps own, in priority order (the first
 * negative one that is True decides Ready's reason), and which of them have negative polarity
 * (present only while True, deleted instead of set False). {@code Reconciling} and {@code Stalled}
 * are always negative and always owned.
 *
 * @param owned condition types owned by the kind's steps, highest priority first
 * @param negative the subset of {@code owned} with negative (abnormal-true) polarity
 */
public record ConditionPolicy(List<String> owned, Set<String> negative) {

  private static final List<String> ALWAYS_NEGATIVE =
      List.of(ConditionTypes.STALLED, ConditionTypes.RECONCILING);

  public ConditionPolicy {
    var ownedWithGeneric = new LinkedHashSet<>(ALWAYS_NEGATIVE);
    ownedWithGeneric.addAll(owned);
    var negativeWithGeneric = new LinkedHashSet<>(ALWAYS_NEGATIVE);
    negativeWithGeneric.addAll(negative);
    for (String type : negativeWithGeneric) {
      if (!ownedWithGeneric.contains(type)) {
        throw new IllegalArgumentException(
            "negative condition " + type + " is not among the owned conditions " + owned);
      }
    }
    if (ownedWithGeneric.contains(ConditionTypes.READY)) {
      throw new IllegalArgumentException("Ready is derived by the summarizer, it cannot be owned");
    }
    owned = List.copyOf(new ArrayList<>(ownedWithGeneric));
    negative = Set.copyOf(negativeWithGeneric);
  }

  /** A policy with only the generic {@code Reconciling} and {@code Stalled} conditions. */
  public static ConditionPolicy generic() {
    return new ConditionPolicy(List.of(), Set.of());
  }

  /**
   * Builds a policy from owned types in priority order and the negative subset.
   *
   * @param negative negative-polarity types, e.g. {@code FetchFailed}
   * @param positive normal-polarity types, e.g. {@code ArtifactInStorage}
   */
  public static ConditionPolicy of(List<String> negative, List<String> positive) {
    var owned = new ArrayList<>(negative);
    owned.addAll(positive);
    return new ConditionPolicy(owned, Set.copyOf(negative));
  }

  /** True when the type is abnormal-true: deleted rather than set False. */
  public boolean isNegative(String type) {
    return negative.contains(type);
  }

  /** The owned negative types in priority order ({@code Stalled} and {@code Reconciling} first). */
  public List<String> negativeInPriorityOrder() {
    return owned.stream().filter(negative::contains).toList();
  }
}
