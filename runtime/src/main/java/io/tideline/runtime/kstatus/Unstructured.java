package io.tideline.runtime.kstatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only typed access to an object held as nested maps (the JSON form of any Kubernetes object),
 * tolerant of missing fields and of numbers arriving as Integer, Long or Double.
 */
public record Unstructured(Map<String, Object> root) {

  /** The value at the path, if every step exists. */
  public Optional<Object> get(String... path) {
    Object current = root;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return Optional.empty();
      }
      current = map.get(key);
    }
    return Optional.ofNullable(current);
  }

  /** The string at the path, if present. */
  public Optional<String> string(String... path) {
    return get(path).map(String::valueOf);
  }

  /** The integer at the path, if present and numeric. */
  public Optional<Long> number(String... path) {
    return get(path)
        .flatMap(
            value -> {
              if (value instanceof Number n) {
                return Optional.of(n.longValue());
              }
              try {
                return Optional.of(Long.parseLong(String.valueOf(value)));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** The integer at the path, or the default. */
  public long number(long defaultValue, String... path) {
    return number(path).orElse(defaultValue);
  }

  /** The list at the path, or an empty list. */
  public List<?> list(String... path) {
    return get(path).filter(List.class::isInstance).map(List.class::cast).orElse(List.of());
  }

  /** {@code apiVersion}'s group, empty for the core group. */
  public String group() {
    String apiVersion = string("apiVersion").orElse("");
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code kind}, or empty string. */
  public String kind() {
    return string("kind").orElse("");
  }

  /** The entry of {@code status.conditions} with that type, if any. */
  public Optional<StatusCondition> condition(String type) {
    return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }

  /** All entries of {@code status.conditions}. */
  public List<StatusCondition> conditions() {
    return list("status", "conditions").stream()
        .filter(Map.class::isInstance)
        .map(entry -> StatusCondition.from((Map<?, ?>) entry))
        .toList();
  }

  /** A condition read from an unstructured object. */
  public record StatusCondition(String type, String status, String reason, String message) {

    static StatusCondition from(Map<?, ?> map) {
      return new StatusCondition(
          text(map.get("type")),
          text(map.get("status")),
          text(map.get("reason")),
          text(map.get("message")));
    }

    private static String text(Object value) {
      return value == null ? "" : String.valueOf(value);
    }

    public boolean isTrue() {
      return "True".equals(status);
    }

    public boolean isFalse() {
      return "False".equals(status);
    }
  }
}
