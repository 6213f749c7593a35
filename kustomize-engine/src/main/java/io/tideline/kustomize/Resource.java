package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Kubernetes object produced by a build: an ordered map of its fields (as parsed YAML), plus
 * the bookkeeping kustomize keeps while building (previous ids, applied name prefixes and suffixes,
 * generator options). Only the object itself is visible outside the engine.
 */
public final class Resource {
  private Map<String, Object> object;
  private final List<ResId> previousIds = new ArrayList<>();
  private final List<String> prefixes = new ArrayList<>();
  private final List<String> suffixes = new ArrayList<>();
  private String behavior = "";
  private boolean needsHash;
  private String origin;
  private Object cachedApiVersion;
  private Object cachedKind;
  private Gvk cachedGvk;
  private ResId cachedId;

  Resource(Map<String, Object> object) {
    this.object = object;
  }

  /** The object's fields; mutating the map changes the resource. */
  public Map<String, Object> object() {
    return object;
  }

  public String apiVersion() {
    return text(object.get("apiVersion"));
  }

  public String kind() {
    return text(object.get("kind"));
  }

  public String name() {
    return text(Tree.get(object, "metadata", "name"));
  }

  public String namespace() {
    return text(Tree.get(object, "metadata", "namespace"));
  }

  /** This resource alone as kubectl kustomize would print it. */
  public String toYaml() {
    return YamlWriter.write(List.of(object));
  }

  @Override
  public String toString() {
    return id().toString();
  }

  private static String text(Object value) {
    return value == null ? "" : ScalarText.of(value);
  }

  Gvk gvk() {
    Object apiVersion = object.get("apiVersion");
    Object kind = object.get("kind");
    if (cachedGvk == null || apiVersion != cachedApiVersion || kind != cachedKind) {
      cachedApiVersion = apiVersion;
      cachedKind = kind;
      cachedGvk = Gvk.fromApiVersion(text(apiVersion), text(kind));
    }
    return cachedGvk;
  }

  ResId id() {
    Gvk gvk = gvk();
    String name = name();
    String namespace = namespace();
    ResId id = cachedId;
    if (id == null
        || id.gvk() != gvk
        || !id.name().equals(name)
        || !id.namespace().equals(namespace)) {
      id = new ResId(gvk, name, namespace);
      cachedId = id;
    }
    return id;
  }

  /** The first id this resource had. */
  ResId originalId() {
    return previousIds.isEmpty() ? id() : previousIds.get(0);
  }

  List<ResId> previousIds() {
    return previousIds;
  }

  /** Previous ids followed by the current id. */
  List<ResId> allIds() {
    List<ResId> ids = new ArrayList<>(previousIds);
    ids.add(id());
    return ids;
  }

  void storePreviousId() {
    previousIds.add(id());
  }

  void replaceObject(Map<String, Object> newObject) {
    this.object = newObject;
  }

  void setName(String name) {
    Tree.mapChild(object, "metadata").put("name", name);
  }

  void setNamespace(String namespace) {
    if (namespace == null || namespace.isEmpty()) {
      Map<String, Object> metadata = Tree.asMap(object.get("metadata"));
      if (metadata != null) {
        metadata.remove("namespace");
      }
      return;
    }
    Tree.mapChild(object, "metadata").put("namespace", namespace);
  }

  List<String> prefixes() {
    return prefixes;
  }

  List<String> suffixes() {
    return suffixes;
  }

  String behavior() {
    return behavior;
  }

  void setBehavior(String behavior) {
    this.behavior = behavior == null ? "" : behavior;
  }

  boolean needsHash() {
    return needsHash;
  }

  void setNeedsHash(boolean needsHash) {
    this.needsHash = needsHash;
  }

  String origin() {
    return origin;
  }

  void setOrigin(String origin) {
    this.origin = origin;
  }

  /** Copies kustomize's bookkeeping (ids, affixes, origin) from {@code other}. */
  void copyTrackingFrom(Resource other) {
    previousIds.clear();
    previousIds.addAll(other.previousIds);
    prefixes.clear();
    prefixes.addAll(other.prefixes);
    suffixes.clear();
    suffixes.addAll(other.suffixes);
  }

  /** A deep copy including bookkeeping. */
  Resource deepCopy() {
    Resource copy = new Resource(Tree.copyMap(object));
    copy.copyTrackingFrom(this);
    copy.behavior = behavior;
    copy.needsHash = needsHash;
    copy.origin = origin;
    return copy;
  }

  Map<String, String> labels() {
    return Tree.stringMap(Tree.get(object, "metadata", "labels"));
  }

  Map<String, String> annotations() {
    return Tree.stringMap(Tree.get(object, "metadata", "annotations"));
  }
}
