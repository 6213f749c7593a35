package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code patches} (or a legacy {@code patchesStrategicMerge} / {@code patchesJson6902}
 * entry): a strategic-merge or JSON 6902 patch, applied to the resources a target selector picks
 * or, for strategic-merge patches without a target, to the resource with the patch's own id.
 */
final class PatchTransformer {
  private final List<Map<String, Object>> mergePatches;
  private final JsonPatch jsonPatch;
  private final Selector target;
  private final boolean allowNameChange;
  private final boolean allowKindChange;
  private final String source;

  private PatchTransformer(
      List<Map<String, Object>> mergePatches,
      JsonPatch jsonPatch,
      Selector target,
      boolean allowNameChange,
      boolean allowKindChange,
      String source) {
    this.mergePatches = mergePatches;
    this.jsonPatch = jsonPatch;
    this.target = target;
    this.allowNameChange = allowNameChange;
    this.allowKindChange = allowKindChange;
    this.source = source;
  }

  /** A {@code patches} entry. */
  static PatchTransformer fromEntry(
      Map<String, Object> entry, FileLoader loader, YamlReader yaml, String file)
      throws KustomizeException {
    String inline = Tree.getString(entry, "patch");
    String path = Tree.getString(entry, "path");
    inline = inline == null ? "" : inline.strip();
    path = path == null ? "" : path;
    if (inline.isEmpty() && path.isEmpty()) {
      throw new KustomizeException("must specify one of patch and path in a patch of " + file);
    }
    if (!inline.isEmpty() && !path.isEmpty()) {
      throw new KustomizeException("patch and path can't be set at the same time in " + file);
    }
    String text;
    String source;
    if (!path.isEmpty()) {
      try {
        text = loader.read(path);
      } catch (KustomizeException e) {
        throw new KustomizeException(
            "failed to get the patch file from path(" + path + "): " + e.getMessage());
      }
      source = "[path: \"" + path + "\"] in " + file;
    } else {
      text = inline;
      source = "inline patch in " + file;
    }
    Map<String, Object> targetMap = Tree.asMap(entry.get("target"));
    Selector selector = targetMap == null ? null : Selector.fromMap(targetMap, file);
    Map<String, Object> options = Tree.asMap(entry.get("options"));
    boolean nameChange = options != null && Boolean.TRUE.equals(options.get("allowNameChange"));
    boolean kindChange = options != null && Boolean.TRUE.equals(options.get("allowKindChange"));
    return parse(text, source, selector, nameChange, kindChange, yaml);
  }

  /** A {@code patchesJson6902} entry. */
  static PatchTransformer fromJson6902(
      Map<String, Object> entry, FileLoader loader, YamlReader yaml, String file)
      throws KustomizeException {
    Map<String, Object> targetMap = Tree.asMap(entry.get("target"));
    if (targetMap == null) {
      throw new KustomizeException("must specify a target for JSON patch in " + file);
    }
    String path = Tree.getString(entry, "path");
    String text = path != null ? loader.read(path) : Tree.getString(entry, "patch");
    String source =
        path != null ? "[path: \"" + path + "\"] in " + file : "inline patch in " + file;
    if (text == null || text.isBlank()) {
      throw new KustomizeException("empty json patch operations in " + source);
    }
    return new PatchTransformer(
        null,
        jsonPatch(text, source, yaml),
        Selector.fromMap(targetMap, file),
        false,
        false,
        source);
  }

  /** A {@code patchesStrategicMerge} entry: a file path or inline YAML. */
  static PatchTransformer fromStrategicMerge(
      String entry, FileLoader loader, YamlReader yaml, String file) throws KustomizeException {
    boolean isFile = !entry.contains("\n") && loader.exists(entry);
    String text = isFile ? loader.read(entry) : entry;
    String source = isFile ? "[path: \"" + entry + "\"] in " + file : "inline patch in " + file;
    if (!isFile && !entry.contains("\n") && !entry.contains(":")) {
      loader.read(entry);
    }
    return parse(text, source, null, false, false, yaml);
  }

  /** JSON patches in YAML form go through go-yaml v2 in kustomize, hence YAML 1.1 scalars. */
  private static JsonPatch jsonPatch(String text, String source, YamlReader yaml)
      throws KustomizeException {
    YamlReader reader = text.strip().startsWith("[") ? yaml : yaml.yaml11();
    List<Object> documents = reader.readAll(text, source);
    if (documents.isEmpty()) {
      throw new KustomizeException("empty json patch operations in " + source);
    }
    return JsonPatch.parse(documents.get(0), source);
  }

  private static PatchTransformer parse(
      String text,
      String source,
      Selector selector,
      boolean nameChange,
      boolean kindChange,
      YamlReader yaml)
      throws KustomizeException {
    List<Object> documents = yaml.readAll(text, source);
    if (documents.isEmpty()) {
      throw new KustomizeException("unable to parse SM or JSON patch from " + source);
    }
    if (documents.get(0) instanceof List<?>) {
      if (selector == null) {
        throw new KustomizeException("must specify a target for JSON patch " + source);
      }
      return new PatchTransformer(
          null, jsonPatch(text, source, yaml), selector, false, false, source);
    }
    List<Map<String, Object>> patches = new ArrayList<>();
    for (Object document : documents) {
      Map<String, Object> map = Tree.asMap(document);
      if (map == null) {
        throw new KustomizeException("unable to parse SM or JSON patch from " + source);
      }
      patches.add(map);
    }
    if (selector != null && patches.size() > 1) {
      throw new KustomizeException(
          "Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set"
              + " `patches.target` field: "
              + source);
    }
    return new PatchTransformer(patches, null, selector, nameChange, kindChange, source);
  }

  void apply(ResourceMap resources) throws KustomizeException {
    if (jsonPatch != null) {
      for (Resource resource : target.select(resources)) {
        resource.storePreviousId();
        jsonPatch.apply(resource.object(), resource.id().toString());
      }
      resources.reindex();
      return;
    }
    if (target != null) {
      for (Resource resource : target.select(resources)) {
        applyMerge(resources, resource, mergePatches.get(0));
      }
      resources.reindex();
      return;
    }
    for (Map<String, Object> patch : mergePatches) {
      Resource patchAsResource = new Resource(patch);
      ResId id = patchAsResource.id();
      List<Resource> matches = resources.matchingAnyId(id);
      if (matches.size() != 1) {
        throw new KustomizeException(
            "no resource matches strategic merge patch \""
                + id
                + "\": "
                + (matches.isEmpty() ? "no matches for Id " : "multiple matches for Id ")
                + id
                + "; failed to find unique target for patch "
                + id
                + " ("
                + source
                + ")");
      }
      applyMerge(resources, matches.get(0), patch);
      resources.reindex();
    }
  }

  private void applyMerge(ResourceMap resources, Resource resource, Map<String, Object> patch)
      throws KustomizeException {
    String name = resource.name();
    String namespace = resource.namespace();
    Object kind = resource.object().get("kind");
    if (allowNameChange || allowKindChange) {
      resource.storePreviousId();
    }
    boolean keep = StrategicMerge.apply(resource.object(), Tree.copyMap(patch), resource.gvk());
    if (!keep) {
      resources.removeIf(r -> r == resource);
      return;
    }
    if (!allowKindChange) {
      resource.object().put("kind", kind);
    }
    if (!allowNameChange) {
      resource.setName(name);
    }
    resource.setNamespace(namespace);
  }
}
