package io.tideline.runtime.reconcile;

import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionTypes;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.Reasons;
import io.tideline.api.meta.Reconcilable;
import io.tideline.api.meta.WithHistory;
import io.tideline.runtime.conditions.Conditions;
import io.tideline.runtime.conditions.ReadySummarizer;
import io.tideline.runtime.conditions.ReadySummarizer.Summary;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import io.tideline.runtime.status.StatusSnapshot;
import io.tideline.runtime.status.StatusWriter;
import io.tideline.runtime.timing.FailureBackoff;
import io.tideline.runtime.timing.GoDuration;
import io.tideline.runtime.timing.IntervalJitter;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The beginning and the end of every reconcile, shared by all kinds. {@link #begin} marks {@code
 * Reconciling} when there is new work (a new generation, or not Ready) and makes that visible
 * early; {@link #finish} is the single place that turns the pipeline's outcome into conditions,
 * Ready, observedGeneration, lastHandledReconcileAt, an event, one status patch and the requeue.
 */
public final class ReconcileLifecycle {

  private final ReadySummarizer summarizer;
  private final IntervalJitter jitter;
  private final FailureBackoff backoff;
  private final EventRecorder events;
  private final StatusWriter statusWriter;

  public ReconcileLifecycle(
      ReadySummarizer summarizer,
      IntervalJitter jitter,
      FailureBackoff backoff,
      EventRecorder events,
      StatusWriter statusWriter) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.events = Objects.requireNonNull(events, "events");
    this.statusWriter = Objects.requireNonNull(statusWriter, "statusWriter");
  }

  /**
   * What the pipeline produced, handed to {@link #finish}.
   *
   * @param error the first error, empty on success
   * @param success Ready's reason and message when nothing is wrong
   * @param eventMetadata unprefixed event metadata ({@code revision}, {@code token}, …)
   * @param retryInterval when present, a {@link GenericError} requeues after this fixed delay
   *     instead of exponential backoff (Kustomization's {@code spec.retryInterval})
   * @param history when present (the reconcile built a manifest set) and the status keeps a
   *     history, the outcome is recorded there under Ready's reason
   */
  public record Completion(
      Optional<ReconcileError> error,
      Summary success,
      Map<String, String> eventMetadata,
      Optional<Duration> retryInterval,
      Optional<HistoryEntry> history) {
    public Completion {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(success, "success");
      eventMetadata = Map.copyOf(eventMetadata);
      Objects.requireNonNull(retryInterval, "retryInterval");
      Objects.requireNonNull(history, "history");
    }

    /** A completion whose generic errors use the per-object exponential backoff. */
    public Completion(
        Optional<ReconcileError> error, Summary success, Map<String, String> eventMetadata) {
      this(error, success, eventMetadata, Optional.empty(), Optional.empty());
    }

    /** This completion, with generic errors requeued after {@code interval}. */
    public Completion retryingAfter(Duration interval) {
      return new Completion(error, success, eventMetadata, Optional.of(interval), history);
    }

    /** This completion, recorded in the status history as {@code entry}. */
    public Completion recordedAs(HistoryEntry entry) {
      return new Completion(error, success, eventMetadata, retryInterval, Optional.of(entry));
    }
  }

  /**
   * Starts a reconcile: when the object has a new generation or is not Ready, marks {@code
   * Reconciling} (reason Progressing) and patches the status so users see progress. Nothing is
   * written for an already Ready object at its observed generation.
   *
   * @param before the status snapshot taken when the object was loaded
   * @return the snapshot {@link #finish} must compare against
   */
  public <S extends ObservedStatus> StatusSnapshot begin(
      Reconcilable<S> object, Conditions conditions, StatusSnapshot before) {
    Long observed = conditions.status().getObservedGeneration();
    boolean newGeneration = observed == null || observed != conditions.generation();
    if (newGeneration) {
      conditions.markReconciling(
          Reasons.PROGRESSING,
          "processing object: new generation "
              + (observed == null ? -1 : observed)
              + " -> "
              + conditions.generation());
    } else if (!conditions.isTrue(ConditionTypes.READY)) {
      conditions.markReconciling(Reasons.PROGRESSING, "reconciliation in progress");
    } else {
      return before;
    }
    Optional<Condition> ready = conditions.get(ConditionTypes.READY);
    summarizer.summarize(
        conditions,
        ready.map(c -> new Summary(c.getReason(), c.getMessage())).orElse(progressing()),
        Optional.empty());
    statusWriter.write(object, object.getStatus(), before);
    return StatusSnapshot.of(object.getStatus());
  }

  private static Summary progressing() {
    return new Summary(Reasons.PROGRESSING, "reconciliation in progress");
  }

  /**
   * Ends a reconcile, successful or not, and returns when to reconcile next.
   *
   * @param object the reconciled object, its status already mutated by the steps
   * @param conditions the object's conditions
   * @param before the snapshot returned by {@link #begin}
   * @param completion the pipeline's outcome and the success summary
   */
  public <S extends ObservedStatus> ReconcileResult finish(
      Reconcilable<S> object, Conditions conditions, StatusSnapshot before, Completion completion) {
    Optional<Condition> readyBefore = conditions.get(ConditionTypes.READY).map(Condition::copy);
    ReconcileResult result = applyOutcome(object, conditions, completion);
    summarizer.summarize(
        conditions,
        completion.success(),
        completion.error().map(e -> new Summary(e.reason(), e.getMessage())));
    ReconcileTrigger.recordHandled(object);
    recordEvent(object, conditions, readyBefore, completion);
    recordHistory(object, conditions, before, completion);
    statusWriter.write(object, object.getStatus(), before);
    return result;
  }

  private static void recordHistory(
      Reconcilable<?> object, Conditions conditions, StatusSnapshot before, Completion completion) {
    if (completion.history().isEmpty() || !(object.getStatus() instanceof WithHistory status)) {
      return;
    }
    String reason =
        completion.error().map(ReconcileError::reason).orElse(completion.success().reason());
    ReconcileHistory.record(
        status, before, completion.history().get(), reason, conditions.clock().instant());
  }

  private ReconcileResult applyOutcome(
      Reconcilable<?> object, Conditions conditions, Completion completion) {
    Optional<ReconcileError> error = completion.error();
    String key = backoffKey(object);
    if (error.isEmpty()) {
      conditions.delete(ConditionTypes.RECONCILING);
      conditions.delete(ConditionTypes.STALLED);
      conditions.status().setObservedGeneration(conditions.generation());
      backoff.reset(key);
      return ReconcileResult.requeueAfter(jitter.apply(interval(object)));
    }
    ReconcileError failure = error.get();
    if (failure instanceof StallingError) {
      conditions.markStalled(failure.reason(), failure.getMessage());
      conditions.status().setObservedGeneration(conditions.generation());
      backoff.reset(key);
      return ReconcileResult.noRequeue();
    }
    markRetrying(conditions, failure);
    if (failure instanceof WaitingError waiting) {
      return ReconcileResult.requeueAfter(waiting.requeueAfter());
    }
    if (completion.retryInterval().isPresent()) {
      return ReconcileResult.requeueAfter(completion.retryInterval().get());
    }
    return ReconcileResult.requeueAfter(backoff.nextDelay(key));
  }

  private static void markRetrying(Conditions conditions, ReconcileError error) {
    String message =
        conditions
            .get(ConditionTypes.RECONCILING)
            .map(Condition::getMessage)
            .orElse(error.getMessage());
    conditions.markReconciling(Reasons.PROGRESSING_WITH_RETRY, message);
  }

  private void recordEvent(
      Reconcilable<?> object,
      Conditions conditions,
      Optional<Condition> readyBefore,
      Completion completion) {
    if (completion.error().isPresent()) {
      ReconcileError error = completion.error().get();
      events.record(
          object,
          error.warning() ? EventType.Warning : EventType.Normal,
          error.reason(),
          error.getMessage(),
          completion.eventMetadata());
      return;
    }
    Condition ready = conditions.get(ConditionTypes.READY).orElseThrow();
    boolean changed =
        readyBefore.isEmpty()
            || readyBefore.get().getStatus() != ready.getStatus()
            || !Objects.equals(readyBefore.get().getReason(), ready.getReason())
            || !Objects.equals(readyBefore.get().getMessage(), ready.getMessage());
    if (changed) {
      events.record(
          object,
          EventType.Normal,
          ready.getReason(),
          ready.getMessage(),
          completion.eventMetadata());
    }
  }

  private static Duration interval(Reconcilable<?> object) {
    return GoDuration.parse(object.interval());
  }

  /** The key under which the object's failures are counted. */
  public static String backoffKey(Reconcilable<?> object) {
    return object.getKind()
        + "/"
        + object.getMetadata().getNamespace()
        + "/"
        + object.getMetadata().getName();
  }
}
