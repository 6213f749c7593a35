package io.tideline.runtime.conditions;

import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ConditionTypes;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives {@code Ready} from the conditions a kind owns; steps never set Ready themselves. In order
 * of precedence:
 *
 * <ol>
 *   <li>{@code Stalled=True} → Ready False with Stalled's reason and message;
 *   <li>the highest-priority owned negative condition that is True → Ready False mirroring it;
 *   <li>a reconcile failure not reflected in any condition → Ready False with the failure;
 *   <li>{@code Reconciling=True} → Ready Unknown mirroring Reconciling (work in progress);
 *   <li>otherwise Ready True with the kind's success reason and message.
 * </ol>
 */
public final class ReadySummarizer {

  /** What Ready says when everything went well, e.g. {@code Succeeded}, "stored artifact …". */
  public record Summary(String reason, String message) {
    public Summary {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Writes Ready into the conditions.
   *
   * @param conditions the object's conditions (its policy says which are owned and negative)
   * @param success Ready's reason and message when nothing is wrong
   * @param failure the reconcile error's reason and message, when the reconcile failed
   */
  public void summarize(Conditions conditions, Summary success, Optional<Summary> failure) {
    Verdict ready = derive(conditions, success, failure);
    conditions.set(
        ConditionTypes.READY, ready.status(), ready.summary().reason(), ready.summary().message());
  }

  private record Verdict(ConditionStatus status, Summary summary) {}

  private static Verdict derive(Conditions conditions, Summary success, Optional<Summary> failure) {
    for (String type : conditions.policy().negativeInPriorityOrder()) {
      if (!type.equals(ConditionTypes.RECONCILING) && conditions.isTrue(type)) {
        return new Verdict(ConditionStatus.False, mirror(conditions.get(type).orElseThrow()));
      }
    }
    if (failure.isPresent()) {
      return new Verdict(ConditionStatus.False, failure.get());
    }
    if (conditions.isTrue(ConditionTypes.RECONCILING)) {
      return new Verdict(
          ConditionStatus.Unknown,
          mirror(conditions.get(ConditionTypes.RECONCILING).orElseThrow()));
    }
    return new Verdict(ConditionStatus.True, success);
  }

  private static Summary mirror(Condition condition) {
    return new Summary(condition.getReason(), condition.getMessage());
  }
}
