package io.tideline.api.meta;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A Flux object that a controller reconciles: it has an {@link ObservedStatus}, an interval and a
 * suspend flag. The shared runtime (conditions, summarizer, patcher, event filter) works against
 * this interface only.
 *
 * <p>Carries {@code @JsonDeserialize(using = None)}: Jackson looks at a class's interfaces before
 * its superclass, so without it the polymorphic deserializer inherited from {@link HasMetadata}
 * would be chosen for the concrete kind again and recurse forever once the kind is registered.
 * Implementations must also override {@code getStatus()} and {@code setStatus(S)} with their own
 * status type (the class-level override is where the CRD status default goes, and it spares Jackson
 * the choice between {@code CustomResource}'s and this interface's setter).
 *
 * @param <S> the kind's status type
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
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
