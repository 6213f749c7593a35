package io.tideline.runtime.status;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Writes an object's status at the end of a reconcile; implemented by {@link StatusPatcher}. */
@FunctionalInterface
public interface StatusWriter {

  /**
   * Writes the status if it differs from the snapshot taken at the start.
   *
   * @return true when a write was made, false when nothing changed
   */
  boolean write(HasMetadata resource, Object status, StatusSnapshot before);
}
