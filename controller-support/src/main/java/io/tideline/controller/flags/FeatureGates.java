package io.tideline.controller.flags;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The value of Flux's {@code --feature-gates} ({@code Name=true,Other=false}, already checked by
 * the flag parser): each gate named there overrides the controller's default for it.
 *
 * @param gates the gates named on the command line, by name
 */
public record FeatureGates(Map<String, Boolean> gates) {

  public FeatureGates {
    gates = Map.copyOf(gates);
  }

  /** Parses a flag value; empty or absent gives no overrides. */
  public static FeatureGates parse(Optional<String> value) {
    Map<String, Boolean> gates = new LinkedHashMap<>();
    for (String gate : value.orElse("").split(",")) {
      String[] parts = gate.trim().split("=", 2);
      if (parts.length == 2 && !parts[0].isBlank()) {
        gates.put(parts[0].trim(), Boolean.parseBoolean(FlagType.BOOL.normalize(parts[1])));
      }
    }
    return new FeatureGates(gates);
  }

  /** These gates with {@code gate} set to {@code value}. */
  public FeatureGates with(String gate, boolean value) {
    Map<String, Boolean> changed = new LinkedHashMap<>(gates);
    changed.put(gate, value);
    return new FeatureGates(changed);
  }

  /** Whether {@code gate} is on: as named on the command line, else {@code defaultValue}. */
  public boolean enabled(String gate, boolean defaultValue) {
    return gates.getOrDefault(gate, defaultValue);
  }
}
