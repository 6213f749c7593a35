package io.tideline.runtime.kstatus;

/** The kstatus verdict on one object, spelled as cli-utils spells it. */
public enum ResourceStatus {
  /** Fully reconciled: the object's spec is realised. */
  Current,
  /** Still being reconciled; may become Current. */
  InProgress,
  /** Reconciling failed and will not recover without a change. */
  Failed,
  /** Being deleted. */
  Terminating,
  /** The object does not exist. */
  NotFound,
  /** The status could not be determined. */
  Unknown
}
