package io.tideline.runtime.ssa;

/** What the engine did to one object, spelled as Flux spells it in events and logs. */
public enum ChangeAction {
  CREATED("created"),
  CONFIGURED("configured"),
  UNCHANGED("unchanged"),
  DELETED("deleted"),
  SKIPPED("skipped"),
  UNKNOWN("unknown");

  private final String wire;

  ChangeAction(String wire) {
    this.wire = wire;
  }

  /** True for actions that wrote to the cluster. */
  public boolean changed() {
    return this == CREATED || this == CONFIGURED || this == DELETED;
  }

  @Override
  public String toString() {
    return wire;
  }
}
