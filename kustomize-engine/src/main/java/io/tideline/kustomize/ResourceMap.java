package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered resources of a build, with an index by current id. Transformations that change ids
 * call {@link #reindex()}.
 */
final class ResourceMap {
  private final List<Resource> resources = new ArrayList<>();
  private final Map<String, Resource> byCurrentId = new HashMap<>();
  private final int maxResources;
  private boolean stale;

  ResourceMap(int maxResources) {
    this.maxResources = maxResources;
  }

  List<Resource> resources() {
    return resources;
  }

  int size() {
    return resources.size();
  }

  /** Appends, refusing a second resource with the same current id, as kustomize does. */
  void append(Resource resource) throws KustomizeException {
    refreshIndex();
    String key = resource.id().key();
    if (byCurrentId.containsKey(key)) {
      throw new KustomizeException(
          "may not add resource with an already registered id: " + resource.id());
    }
    if (resources.size() >= maxResources) {
      throw new KustomizeException("build has more than " + maxResources + " resources");
    }
    byCurrentId.put(key, resource);
    resources.add(resource);
  }

  void appendAll(ResourceMap other) throws KustomizeException {
    for (Resource resource : other.resources) {
      append(resource);
    }
  }

  /** Marks the id index stale after ids may have changed; it is rebuilt when next needed. */
  void reindex() {
    stale = true;
  }

  private void refreshIndex() {
    if (!stale) {
      return;
    }
    stale = false;
    byCurrentId.clear();
    for (Resource resource : resources) {
      byCurrentId.put(resource.id().key(), resource);
    }
  }

  /** Resources whose current or any previous id matches {@code id}. */
  List<Resource> matchingAnyId(ResId id) {
    refreshIndex();
    List<Resource> result = new ArrayList<>();
    Resource current = byCurrentId.get(id.key());
    for (Resource resource : resources) {
      if (resource == current) {
        result.add(resource);
        continue;
      }
      for (ResId previous : resource.previousIds()) {
        if (previous.matches(id)) {
          result.add(resource);
          break;
        }
      }
    }
    return result;
  }

  void replace(Resource old, Resource replacement) {
    int index = resources.indexOf(old);
    resources.set(index, replacement);
    reindex();
  }

  void removeIf(java.util.function.Predicate<Resource> condition) {
    if (resources.removeIf(condition)) {
      reindex();
    }
  }

  void clearAndAddAll(List<Resource> ordered) {
    resources.clear();
    resources.addAll(ordered);
    reindex();
  }
}
