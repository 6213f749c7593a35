package io.tideline.artifact;

import java.util.Locale;

/**
 * Identifies the Kubernetes object that owns artifacts: its kind, namespace and name.
 *
 * <p>Its storage folder is {@code <kind-lowercase>/<namespace>/<name>}, Flux's layout.
 */
public record ObjectKey(String kind, String namespace, String name) {

  /** Rejects empty parts and anything that could leave the folder ({@code /}, {@code ..}). */
  public ObjectKey {
    requireSegment("kind", kind);
    requireSegment("namespace", namespace);
    requireSegment("name", name);
  }

  /** The folder of this object's artifacts relative to the storage root, with {@code /}. */
  public String directory() {
    return kind.toLowerCase(Locale.ROOT) + "/" + namespace + "/" + name;
  }

  /** The relative path of {@code fileName} inside this object's folder. */
  public String pathOf(String fileName) {
    requireSegment("file name", fileName);
    return directory() + "/" + fileName;
  }

  @Override
  public String toString() {
    return kind + "/" + namespace + "/" + name;
  }

  static void requireSegment(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (value.equals(".")
        || value.equals("..")
        || value.indexOf('/') >= 0
        || value.indexOf('\\') >= 0
        || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          what + " '" + value + "' must be a single path segment (no '/', '\\', '.' or '..')");
    }
  }
}
