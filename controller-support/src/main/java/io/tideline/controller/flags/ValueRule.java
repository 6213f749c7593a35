package io.tideline.controller.flags;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** A check on a flag's value beyond its {@link FlagType}, such as an allowed set or a range. */
@FunctionalInterface
public interface ValueRule {

  /**
   * @param value the value, already normalised by the flag's type
   * @return why the value is rejected; empty when it is accepted
   */
  Optional<String> problem(String value);

  /** Accepts only the listed values. */
  static ValueRule oneOf(String... allowed) {
    List<String> values = List.of(allowed);
    return v ->
        values.contains(v)
            ? Optional.empty()
            : Optional.of("must be one of " + String.join(", ", values));
  }

  /** Accepts integers of at least {@code min}; the value must already be an integer. */
  static ValueRule atLeast(int min) {
    return v ->
        Integer.parseInt(v) >= min ? Optional.empty() : Optional.of("must be at least " + min);
  }

  /** Accepts integers from {@code min} to {@code max} inclusive. */
  static ValueRule between(int min, int max) {
    return v -> {
      int n = Integer.parseInt(v);
      return n >= min && n <= max
          ? Optional.empty()
          : Optional.of("must be between " + min + " and " + max);
    };
  }

  /**
   * Accepts an absolute {@code http://} or {@code https://} URL with a host, or empty. The
   * rejection names the problem, never the value (it may carry credentials).
   */
  static ValueRule httpUrlOrEmpty() {
    return v -> {
      if (v.isEmpty()) {
        return Optional.empty();
      }
      try {
        URI uri = new URI(v);
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        return http && uri.getHost() != null
            ? Optional.empty()
            : Optional.of("must be an http:// or https:// URL with a host");
      } catch (URISyntaxException e) {
        return Optional.of("not a URL: " + e.getReason());
      }
    };
  }

  /** Accepts {@code Name=bool,Other=bool} (Flux's {@code --feature-gates}); empty is accepted. */
  static ValueRule featureGates() {
    return v -> {
      if (v.isEmpty()) {
        return Optional.empty();
      }
      for (String gate : v.split(",", -1)) {
        String[] parts = gate.trim().split("=", -1);
        if (parts.length != 2 || parts[0].isBlank()) {
          return Optional.of("expected Name=true|false, got '" + gate.trim() + "'");
        }
        try {
          FlagType.BOOL.normalize(parts[1]);
        } catch (IllegalArgumentException e) {
          return Optional.of("feature gate " + parts[0].trim() + " needs true or false");
        }
      }
      return Optional.empty();
    };
  }
}
