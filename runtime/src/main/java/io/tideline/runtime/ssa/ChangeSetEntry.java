package io.tideline.runtime.ssa;

import java.util.List;
import java.util.Objects;

/**
 * The result for one object: its reference, the action taken and, for configured objects, the JSON
 * pointers of the fields that differed from the live object (what drifted).
 */
public record ChangeSetEntry(ObjectRef ref, ChangeAction action, List<String> driftedFields) {

  public ChangeSetEntry {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(action, "action");
    driftedFields = driftedFields == null ? List.of() : List.copyOf(driftedFields);
  }

  public ChangeSetEntry(ObjectRef ref, ChangeAction action) {
    this(ref, action, List.of());
  }

  /** {@code Kind/namespace/name}. */
  public String subject() {
    return ref.subject();
  }

  /** {@code Kind/namespace/name action}, one line of a Flux change-set event. */
  @Override
  public String toString() {
    return ref.subject() + " " + action;
  }
}
