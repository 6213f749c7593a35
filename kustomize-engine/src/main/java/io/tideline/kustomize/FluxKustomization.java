package io.tideline.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Flux's kustomize-controller does to a directory before building it: generates a
 * kustomization listing the manifests when there is none, and merges the Kustomization spec's
 * fields into it.
 */
final class FluxKustomization {
  private static final List<String> REPLACED = List.of("namespace", "namePrefix", "nameSuffix");

  private FluxKustomization() {}

  /** A kustomization whose resources are the directory's manifests, as Flux generates it. */
  static Map<String, Object> generate(FileLoader loader, ResourceReader reader)
      throws KustomizeException {
    List<Object> resources = new ArrayList<>();
    scan(loader.root(), loader.root(), loader, reader, resources);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    fields.put("kind", "Kustomization");
    fields.put("resources", resources);
    return fields;
  }

  private static void scan(
      Path base, Path dir, FileLoader loader, ResourceReader reader, List<Object> resources)
      throws KustomizeException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      throw new KustomizeException("cannot list '" + dir + "': " + e.getMessage());
    }
    for (Path entry : entries) {
      String relative = "./" + base.relativize(entry).toString().replace('\\', '/');
      if (Files.isDirectory(entry)) {
        if (hasKustomization(entry)) {
          resources.add(relative);
        } else {
          scan(base, entry, loader, reader, resources);
        }
        continue;
      }
      String name = entry.getFileName().toString();
      if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
        continue;
      }
      String relativeToRoot = base.relativize(entry).toString();
      try {
        reader.read(loader.read(relativeToRoot), relativeToRoot);
      } catch (KustomizeException e) {
        throw new KustomizeException(
            "failed to decode Kubernetes YAML from " + entry + ": " + e.getMessage());
      }
      resources.add(relative);
    }
  }

  private static boolean hasKustomization(Path dir) {
    for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return true;
      }
    }
    return false;
  }

  /** Merges the spec's fields into a kustomization (mutated). */
  static void merge(Map<String, Object> kustomization, Map<String, Object> fields) {
    for (Map.Entry<String, Object> entry : fields.entrySet()) {
      String key = entry.getKey();
      Object value = Tree.deepCopy(entry.getValue());
      Object current = kustomization.get(key);
      if (REPLACED.contains(key) || current == null) {
        kustomization.put(key, value);
      } else if (key.equals("images") && current instanceof List<?> && value instanceof List<?>) {
        mergeImages(Tree.asList(current), Tree.asList(value));
      } else if (current instanceof List<?> && value instanceof List<?>) {
        Tree.asList(current).addAll(Tree.asList(value));
      } else if (current instanceof Map<?, ?> && value instanceof Map<?, ?>) {
        Tree.asMap(current).putAll(Tree.asMap(value));
      } else {
        kustomization.put(key, value);
      }
    }
  }

  private static void mergeImages(List<Object> images, List<Object> overrides) {
    for (Object override : overrides) {
      Object name = Tree.asMap(override) == null ? null : Tree.asMap(override).get("name");
      int index = -1;
      for (int i = 0; i < images.size(); i++) {
        Map<String, Object> image = Tree.asMap(images.get(i));
        if (image != null && name != null && name.equals(image.get("name"))) {
          index = i;
          break;
        }
      }
      if (index >= 0) {
        images.set(index, override);
      } else {
        images.add(override);
      }
    }
  }
}
