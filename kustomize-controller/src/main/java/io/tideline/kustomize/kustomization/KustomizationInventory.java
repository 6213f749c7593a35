package io.tideline.kustomize.kustomization;

import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.ResourceInventory;
import io.tideline.api.meta.ResourceRef;
import io.tideline.runtime.ssa.Inventory;
import io.tideline.runtime.ssa.InventoryEntry;
import java.util.ArrayList;
import java.util.List;

/** Converts between {@code status.inventory} and the engine's {@link Inventory}. */
final class KustomizationInventory {

  private KustomizationInventory() {}

  static Inventory read(Kustomization object) {
    ResourceInventory inventory =
        object.getStatus() == null ? null : object.getStatus().getInventory();
    if (inventory == null || inventory.getEntries() == null) {
      return Inventory.EMPTY;
    }
    return new Inventory(
        inventory.getEntries().stream().map(e -> new InventoryEntry(e.getId(), e.getV())).toList());
  }

  static void write(Kustomization object, Inventory inventory) {
    List<ResourceRef> entries = new ArrayList<>();
    for (InventoryEntry entry : inventory.entries()) {
      ResourceRef ref = new ResourceRef();
      ref.setId(entry.id());
      ref.setV(entry.v());
      entries.add(ref);
    }
    ResourceInventory status = new ResourceInventory();
    status.setEntries(entries);
    object.getStatus().setInventory(status);
  }
}
