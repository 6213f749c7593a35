package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * Matches objects carrying at least one of the given key/value pairs as a label or an annotation,
 * comparing values case-insensitively (Flux's {@code AnyInMetadata}).
 */
public record MetadataSelector(Map<String, String> pairs) {

  public static final MetadataSelector NONE = new MetadataSelector(Map.of());

  public MetadataSelector {
    pairs = Map.copyOf(pairs);
  }

  public static MetadataSelector of(String key, String value) {
    return new MetadataSelector(Map.of(key, value));
  }

  /** True when the object has any of the pairs as a label or annotation (null objects never). */
  public boolean matches(HasMetadata object) {
    if (object == null || object.getMetadata() == null) {
      return false;
    }
    Map<String, String> labels = object.getMetadata().getLabels();
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      if (equalsIgnoreCase(labels, pair) || equalsIgnoreCase(annotations, pair)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsIgnoreCase(Map<String, String> map, Map.Entry<String, String> pair) {
    if (map == null) {
      return false;
    }
    String value = map.get(pair.getKey());
    return value != null && !value.isEmpty() && value.equalsIgnoreCase(pair.getValue());
  }
}
