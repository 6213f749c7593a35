package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns YAML text into resources, expanding {@code List} kinds and checking kind and name. */
final class ResourceReader {
  private final YamlReader yaml;

  ResourceReader(YamlReader yaml) {
    this.yaml = yaml;
  }

  YamlReader yaml() {
    return yaml;
  }

  List<Resource> read(String text, String source) throws KustomizeException {
    List<Resource> resources = new ArrayList<>();
    for (Object document : yaml.readAll(text, source)) {
      addDocument(document, source, resources);
    }
    return resources;
  }

  private void addDocument(Object document, String source, List<Resource> out)
      throws KustomizeException {
    Map<String, Object> map = Tree.asMap(document);
    if (map == null) {
      throw new KustomizeException(
          "MalformedYAMLError: expected a YAML mapping for a resource in File: " + source);
    }
    if (map.isEmpty()) {
      return;
    }
    String kind = Tree.getString(map, "kind");
    if (kind != null && kind.endsWith("List") && map.get("items") instanceof List<?> items) {
      for (Object item : items) {
        addDocument(item, source, out);
      }
      return;
    }
    if (kind == null || kind.isEmpty()) {
      throw new KustomizeException("missing kind in object in " + source);
    }
    String name = Tree.getString(map, "metadata", "name");
    if (name == null || name.isEmpty()) {
      throw new KustomizeException(
          "missing metadata.name in object of kind " + kind + " in " + source);
    }
    out.add(new Resource(map));
  }
}
