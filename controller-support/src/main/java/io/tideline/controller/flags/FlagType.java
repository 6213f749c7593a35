package io.tideline.controller.flags;

import io.tideline.runtime.timing.GoDuration;
import java.util.List;
import java.util.Locale;

/** The kind of value a {@link FluxFlag} takes, and how that value is checked and normalised. */
public enum FlagType {
  /** Any text. */
  STRING,
  /** A switch: {@code --name} alone means true; true/false/1/0/t/f, normalised to true/false. */
  BOOL,
  /** A decimal integer. */
  INT,
  /** A decimal number (Flux's float32 flags such as {@code --kube-api-qps}). */
  FLOAT,
  /** A Go duration such as {@code 30s} or {@code 1h30m}. */
  DURATION,
  /** A Go-style bind address {@code [host]:port}, see {@link BindAddress}. */
  BIND_ADDRESS,
  /** May be given more than once; the values are joined with commas. */
  REPEATED;

  private static final List<String> TRUE = List.of("true", "1", "t");
  private static final List<String> FALSE = List.of("false", "0", "f");

  /** Whether the flag may be given without a value. */
  public boolean isSwitch() {
    return this == BOOL;
  }

  /**
   * @return the value as it is stored in configuration (trimmed; booleans as true/false)
   * @throws IllegalArgumentException with the reason when the value does not fit this type
   */
  public String normalize(String raw) {
    String value = raw.trim();
    switch (this) {
      case BOOL -> {
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
          return "true";
        }
        if (FALSE.contains(lower)) {
          return "false";
        }
        throw new IllegalArgumentException("expected a boolean");
      }
      case INT -> {
        try {
          Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not an integer");
        }
      }
      case FLOAT -> {
        try {
          Float.parseFloat(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a number");
        }
      }
      case DURATION -> GoDuration.parse(value);
      case BIND_ADDRESS -> BindAddress.parse(value);
      default -> {}
    }
    return value;
  }
}
