package io.tideline.runtime.ssa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set of objects a Kustomization (or HelmRelease) applied, in Flux's entry format. Prune
 * candidates are the entries of the previous inventory missing from the new one, compared by id (a
 * version change is not staleness).
 */
public record Inventory(List<InventoryEntry> entries) {

  public static final Inventory EMPTY = new Inventory(List.of());

  public Inventory {
    entries = List.copyOf(entries);
  }

  /** Every object of the change set, in change-set order. */
  public static Inventory of(ChangeSet changeSet) {
    Map<String, InventoryEntry> byId = new LinkedHashMap<>();
    for (ChangeSetEntry entry : changeSet.entries()) {
      byId.putIfAbsent(entry.ref().inventoryId(), InventoryEntry.of(entry.ref()));
    }
    return new Inventory(List.copyOf(byId.values()));
  }

  /** The objects of this inventory missing from {@code next}, in reverse apply order. */
  public List<ObjectRef> staleAfter(Inventory next) {
    Set<String> keep = next.entries.stream().map(InventoryEntry::id).collect(Collectors.toSet());
    return entries.stream()
        .filter(e -> !keep.contains(e.id()))
        .map(InventoryEntry::ref)
        .sorted(ApplyOrder.REFS.reversed())
        .toList();
  }

  /** This inventory plus the given objects (those not already in it). */
  public Inventory plus(List<ObjectRef> refs) {
    Map<String, InventoryEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.put(e.id(), e));
    refs.forEach(r -> byId.putIfAbsent(r.inventoryId(), InventoryEntry.of(r)));
    return new Inventory(List.copyOf(byId.values()));
  }

  public List<ObjectRef> refs() {
    return entries.stream().map(InventoryEntry::ref).toList();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
