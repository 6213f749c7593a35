package io.tideline.runtime.ssa;

/**
 * One {@code status.inventory.entries[]} item in Flux's format: {@code id} is {@code
 * <namespace>_<name>_<group>_<kind>}, {@code v} the API version.
 */
public record InventoryEntry(String id, String v) {

  public static InventoryEntry of(ObjectRef ref) {
    return new InventoryEntry(ref.inventoryId(), ref.version());
  }

  public ObjectRef ref() {
    return ObjectRef.fromInventoryId(id, v);
  }
}
