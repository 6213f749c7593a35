package io.tideline.runtime.conditions;

import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.Reconcilable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the conditions of one object's status with Flux's semantics:
 *
 * <ul>
 *   <li>every written condition carries the object's current generation as observedGeneration;
 *   <li>lastTransitionTime changes only when status, reason or message change (RFC 3339, seconds,
 *       {@code Z});
 *   <li>negative-polarity conditions ({@code Reconciling}, {@code Stalled} and those the kind
 *       declares) are deleted instead of being set False;
 *   <li>{@code Reconciling} and {@code Stalled} exclude each other;
 *   <li>the list stays in {@link ConditionOrder#FLUX} order; messages have credentials in URLs
 *       redacted and stay within the length limit.
 * </ul>
 */
public final class Conditions {

  private final ObservedStatus status;
  private final long generation;
  private final ConditionPolicy policy;
  private final Clock clock;
  private final ConditionMessages messages;

  public Conditions(
      ObservedStatus status,
      long generation,
      ConditionPolicy policy,
      Clock clock,
      ConditionMessages messages) {
    this.status = Objects.requireNonNull(status, "status");
    this.generation = generation;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.messages = Objects.requireNonNull(messages, "messages");
    status.setConditions(new ArrayList<>(status.getConditions()));
  }

  /**
   * Conditions of a reconciled object, creating its status when it has none yet.
   *
   * @param object the object being reconciled
   * @param policy the kind's condition declaration
   * @param clock the clock used for lastTransitionTime
   */
  public static Conditions of(Reconcilable<?> object, ConditionPolicy policy, Clock clock) {
    return new Conditions(
        statusOf(object), generationOf(object), policy, clock, ConditionMessages.defaults());
  }

  private static <S extends ObservedStatus> S statusOf(Reconcilable<S> object) {
    if (object.getStatus() == null) {
      object.setStatus(object.initStatus());
    }
    return object.getStatus();
  }

  private static long generationOf(Reconcilable<?> object) {
    Long generation = object.getMetadata() == null ? null : object.getMetadata().getGeneration();
    return generation == null ? 0 : generation;
  }

  /** The generation stamped on every condition written through this helper. */
  public long generation() {
    return generation;
  }

  /** The kind's condition declaration. */
  public ConditionPolicy policy() {
    return policy;
  }

  /** The status these conditions live in. */
  public ObservedStatus status() {
    return status;
  }

  /** The condition of that type, if present. */
  public Optional<Condition> get(String type) {
    return status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  /** True when the condition is present with status True. */
  public boolean isTrue(String type) {
    return hasStatus(type, ConditionStatus.True);
  }

  /** True when the condition is present with status False. */
  public boolean isFalse(String type) {
    return hasStatus(type, ConditionStatus.False);
  }

  /** True when the condition is absent or has status Unknown. */
  public boolean isUnknown(String type) {
    return get(type).map(c -> c.getStatus() == ConditionStatus.Unknown).orElse(true);
  }

  private boolean hasStatus(String type, ConditionStatus wanted) {
    return get(type).map(c -> c.getStatus() == wanted).orElse(false);
  }

  /** Sets the condition True. */
  public void markTrue(String type, String reason, String message) {
    set(type, ConditionStatus.True, reason, message);
  }

  /** Sets the condition False, or deletes it when it has negative polarity. */
  public void markFalse(String type, String reason, String message) {
    set(type, ConditionStatus.False, reason, message);
  }

  /** Sets the condition Unknown. */
  public void markUnknown(String type, String reason, String message) {
    set(type, ConditionStatus.Unknown, reason, message);
  }

  /** Marks the object as being reconciled, removing {@code Stalled}. */
  public void markReconciling(String reason, String message) {
    delete(ConditionTypes.STALLED);
    markTrue(ConditionTypes.RECONCILING, reason, message);
  }

  /** Marks the object as stalled (no retry helps until the spec changes), removing Reconciling. */
  public void markStalled(String reason, String message) {
    delete(ConditionTypes.RECONCILING);
    markTrue(ConditionTypes.STALLED, reason, message);
  }

  /**
   * Sets a condition. A False negative-polarity condition is deleted instead. Setting {@code
   * Reconciling} or {@code Stalled} True removes the other one.
   */
  public void set(String type, ConditionStatus conditionStatus, String reason, String message) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(conditionStatus, "status");
    if (conditionStatus == ConditionStatus.False && policy.isNegative(type)) {
      delete(type);
      return;
    }
    if (conditionStatus == ConditionStatus.True) {
      exclusivePartner(type).ifPresent(this::delete);
    }
    String trimmed = messages.trim(message);
    Optional<Condition> existing = get(type);
    Condition condition = existing.orElseGet(() -> newCondition(type));
    boolean transition =
        existing.isEmpty()
            || condition.getStatus() != conditionStatus
            || !Objects.equals(condition.getReason(), reason)
            || !Objects.equals(condition.getMessage(), trimmed);
    condition.setStatus(conditionStatus);
    condition.setReason(reason);
    condition.setMessage(trimmed);
    condition.setObservedGeneration(generation);
    if (transition || condition.getLastTransitionTime() == null) {
      condition.setLastTransitionTime(now());
    }
    sort();
  }

  /** Removes the condition; a no-op when absent. */
  public void delete(String type) {
    status.getConditions().removeIf(c -> type.equals(c.getType()));
  }

  private Condition newCondition(String type) {
    Condition condition = new Condition();
    condition.setType(type);
    status.getConditions().add(condition);
    return condition;
  }

  private static Optional<String> exclusivePartner(String type) {
    return switch (type) {
      case ConditionTypes.RECONCILING -> Optional.of(ConditionTypes.STALLED);
      case ConditionTypes.STALLED -> Optional.of(ConditionTypes.RECONCILING);
      default -> Optional.empty();
    };
  }

  private void sort() {
    status.getConditions().sort(ConditionOrder.FLUX);
  }

  /** The clock condition times are taken from. */
  public Clock clock() {
    return clock;
  }

  private String now() {
    return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }
}
