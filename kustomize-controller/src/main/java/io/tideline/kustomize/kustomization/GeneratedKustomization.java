package io.tideline.kustomize.kustomization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Flux's behaviour for a {@code spec.path} without a kustomization file: a {@code
 * kustomization.yaml} is generated whose resources are every Kubernetes manifest under the path
 * (files with {@code apiVersion} and {@code kind}), and every sub-directory that has its own
 * kustomization file (which is then not descended into). Hidden files and folders are skipped.
 */
final class GeneratedKustomization {

  static final List<String> FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private GeneratedKustomization() {}

  /** True when the directory has a kustomization file of its own. */
  static boolean present(Path dir) {
    return FILE_NAMES.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)));
  }

  /**
   * Writes {@code kustomization.yaml} into {@code dir} unless it has one; returns whether it did.
   */
  static boolean ensure(Path dir) throws IOException {
    if (present(dir)) {
      return false;
    }
    List<String> resources = new ArrayList<>();
    collect(dir, dir, resources);
    StringBuilder yaml =
        new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
    if (resources.isEmpty()) {
      yaml.append("resources: []\n");
    } else {
      yaml.append("resources:\n");
      resources.forEach(r -> yaml.append("  - '").append(r.replace("'", "''")).append("'\n"));
    }
    Files.writeString(dir.resolve("kustomization.yaml"), yaml, StandardCharsets.UTF_8);
    return true;
  }

  private static void collect(Path root, Path dir, List<String> out) throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    }
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        if (present(entry)) {
          out.add(root.relativize(entry).toString());
        } else {
          collect(root, entry, out);
        }
      } else if (isManifest(entry)) {
        out.add(root.relativize(entry).toString());
      }
    }
  }

  private static boolean isManifest(Path file) {
    String name = file.getFileName().toString();
    if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
      return false;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.contains("apiVersion") && text.contains("kind");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
