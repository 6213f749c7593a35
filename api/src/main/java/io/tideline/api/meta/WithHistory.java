package io.tideline.api.meta;

import java.util.List;

/**
 * A status that keeps Flux's reconcile history ({@code status.history}, newest first): see {@link
 * History} for how entries are recorded.
 */
public interface WithHistory {

  /** The live, mutable list of snapshots. */
  List<Snapshot> getHistory();
}
