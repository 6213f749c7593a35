package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a transformer acts: resources selected by GVK (empty parts match anything), a path of
 * fields separated by {@code /} ({@code \/} escapes a slash inside a field name, a trailing {@code
 * []} marks a list), and whether missing fields are created.
 */
final class FieldSpec {
  private final Gvk gvk;
  private final String path;
  private final boolean create;
  private final List<String> segments;

  FieldSpec(Gvk gvk, String path, boolean create) {
    this.gvk = gvk;
    this.path = path == null ? "" : path;
    this.create = create;
    this.segments = List.copyOf(split(this.path));
  }

  /**
   * Parses the compact form {@code group:version:kind path [+]} used by the built-in tables; a
   * trailing {@code +} means create.
   */
  static FieldSpec parse(String line) {
    String[] parts = line.trim().split("\\s+");
    String[] gvk = parts[0].split(":", -1);
    return new FieldSpec(
        new Gvk(gvk[0], gvk[1], gvk[2]), parts[1], parts.length > 2 && parts[2].equals("+"));
  }

  static List<FieldSpec> parseAll(String... lines) {
    List<FieldSpec> specs = new ArrayList<>(lines.length);
    for (String line : lines) {
      specs.add(parse(line));
    }
    return List.copyOf(specs);
  }

  /** Reads a user-supplied fieldSpec mapping ({@code path, group, version, kind, create}). */
  static FieldSpec fromMap(Map<String, Object> map) {
    return new FieldSpec(
        new Gvk(
            Tree.getString(map, "group"),
            Tree.getString(map, "version"),
            Tree.getString(map, "kind")),
        Tree.getString(map, "path"),
        Boolean.TRUE.equals(map.get("create")));
  }

  Gvk gvk() {
    return gvk;
  }

  String path() {
    return path;
  }

  boolean create() {
    return create;
  }

  boolean appliesTo(Gvk resourceGvk) {
    return resourceGvk.isSelectedBy(gvk);
  }

  /** The path split into field names, with escapes removed. */
  List<String> segments() {
    return segments;
  }

  private static List<String> split(String path) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
        current.append('/');
        i++;
      } else if (c == '/') {
        result.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    result.add(current.toString());
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldSpec that
        && create == that.create
        && gvk.equals(that.gvk)
        && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gvk, path, create);
  }

  @Override
  public String toString() {
    return gvk + " " + path + (create ? " (create)" : "");
  }
}
