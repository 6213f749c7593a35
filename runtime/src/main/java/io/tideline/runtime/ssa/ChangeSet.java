package io.tideline.runtime.ssa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ordered results of one apply or delete run. */
public final class ChangeSet {

  private final List<ChangeSetEntry> entries = new ArrayList<>();

  public ChangeSet() {}

  public ChangeSet(List<ChangeSetEntry> entries) {
    this.entries.addAll(entries);
  }

  public void add(ChangeSetEntry entry) {
    entries.add(entry);
  }

  public void addAll(ChangeSet other) {
    entries.addAll(other.entries);
  }

  public List<ChangeSetEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Entries whose action wrote to the cluster (created, configured, deleted). */
  public List<ChangeSetEntry> changes() {
    return entries.stream().filter(e -> e.action().changed()).toList();
  }

  /** The action per subject, e.g. {@code Deployment/default/web → created}. */
  public Map<String, ChangeAction> toMap() {
    return entries.stream()
        .collect(
            Collectors.toMap(
                ChangeSetEntry::subject,
                ChangeSetEntry::action,
                (a, b) -> b,
                java.util.LinkedHashMap::new));
  }

  /** One line per entry that changed something: the body of Flux's apply event. */
  public String changesMessage() {
    return changes().stream().map(ChangeSetEntry::toString).collect(Collectors.joining("\n"));
  }

  /** One line per entry. */
  @Override
  public String toString() {
    return entries.stream().map(ChangeSetEntry::toString).collect(Collectors.joining("\n"));
  }
}
