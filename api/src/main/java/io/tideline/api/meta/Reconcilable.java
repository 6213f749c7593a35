package io.tideline.api.meta;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A Flux object that a controller reconciles: it has an {@link ObservedStatus}, an interval and a
 * suspend flag. The shared runtime (conditions, summarizer, patcher, event filter) works against
 * this interface only.
 *
 * @param <S> the kind's status type
 */
public interface Reconcilable<S extends ObservedStatus> extends HasMetadata {

  S getStatus();

  void setStatus(S status);

  /** A fresh, empty status of the kind's own type, used when the object has none yet. */
  S initStatus();

  /** {@code spec.interval} as written by the user (a Go duration string such as {@code 5m}). */
  String interval();

  /** {@code spec.suspend}. */
  boolean suspended();
}
