package io.tideline.runtime.reconcile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.tideline.api.meta.Annotations;
import io.tideline.api.meta.ObservedStatus;
import io.tideline.api.meta.Reconcilable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which updates of an object trigger a reconcile, as Flux's predicates do: a generation
 * change (spec edit) or a new/changed {@code reconcile.fluxcd.io/requestedAt} token. Status-only,
 * label and other annotation changes do not.
 */
public final class ReconcileTrigger {
  private ReconcileTrigger() {}

  /** True when the update from {@code before} to {@code after} should trigger a reconcile. */
  public static boolean shouldReconcile(HasMetadata before, HasMetadata after) {
    if (before == null || after == null) {
      return true;
    }
    return !Objects.equals(generation(before), generation(after))
        || requestedAtChanged(before, after);
  }

  /** True when the requestedAt annotation appeared or changed value (removal does not count). */
  public static boolean requestedAtChanged(HasMetadata before, HasMetadata after) {
    Optional<String> now = requestedAt(after);
    return now.isPresent() && !now.equals(requestedAt(before));
  }

  /** The object's {@code reconcile.fluxcd.io/requestedAt} token, if any. */
  public static Optional<String> requestedAt(HasMetadata object) {
    if (object.getMetadata() == null) {
      return Optional.empty();
    }
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations == null
        ? Optional.empty()
        : Optional.ofNullable(annotations.get(Annotations.RECONCILE_REQUESTED_AT));
  }

  /**
   * Copies the requestedAt token into {@code status.lastHandledReconcileAt}, done at the end of
   * every reconcile, successful or not. Leaves the status alone when there is no token.
   */
  public static <S extends ObservedStatus> void recordHandled(Reconcilable<S> object) {
    requestedAt(object)
        .ifPresent(
            token -> {
              if (object.getStatus() == null) {
                object.setStatus(object.initStatus());
              }
              object.getStatus().setLastHandledReconcileAt(token);
            });
  }

  private static Long generation(HasMetadata object) {
    return object.getMetadata() == null ? null : object.getMetadata().getGeneration();
  }
}
