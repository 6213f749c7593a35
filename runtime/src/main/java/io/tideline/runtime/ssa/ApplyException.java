package io.tideline.runtime.ssa;

import java.util.List;

/**
 * An apply that failed. The message names each failing object ({@code Kind/namespace/name}) and the
 * API server's reason; {@link #changeSet()} holds what was done before the failure (empty when
 * validation failed, since then nothing was written).
 */
public final class ApplyException extends RuntimeException {

  private final List<String> errors;
  private final ChangeSet changeSet;

  public ApplyException(List<String> errors, ChangeSet changeSet) {
    super(String.join("\n", errors));
    this.errors = List.copyOf(errors);
    this.changeSet = changeSet;
  }

  public List<String> errors() {
    return errors;
  }

  public ChangeSet changeSet() {
    return changeSet;
  }
}
