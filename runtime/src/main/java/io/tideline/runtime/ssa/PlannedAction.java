package io.tideline.runtime.ssa;

/** What the write phase will do with one object, decided from its dry-run. */
enum PlannedAction {
  /** Excluded by a selector: nothing to do. */
  SKIP,
  /** The dry-run result equals the live object. */
  NOTHING,
  /** Does not exist: create. */
  CREATE,
  /** Differs from the live object: apply. */
  UPDATE,
  /** An immutable field changed and force is allowed: delete, then create. */
  RECREATE,
  /** Cannot be validated yet: its CRD or Namespace is created by an earlier stage. */
  DEFERRED
}
