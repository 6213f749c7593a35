package io.tideline.controller.flags;

import java.util.Optional;

/** A command line Flux would reject: an unknown flag, a missing value, an invalid value. */
public final class FlagException extends IllegalArgumentException {

  private final String flag;

  /**
   * @param flag the flag's name without dashes, or null for an argument that is not a flag
   */
  public FlagException(String flag, String message) {
    super(message);
    this.flag = flag;
  }

  /** The offending flag's name without dashes; empty for a stray argument. */
  public Optional<String> flag() {
    return Optional.ofNullable(flag);
  }
}
