package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and parses the kustomization file of a directory inside the source, as kustomize names it.
 */
final class KustomizationFiles {

  /** kustomize's recognised file names, in its order. */
  static final List<String> NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private KustomizationFiles() {}

  /**
   * The real path of the directory's kustomization file, if it has one that is a regular file
   * inside the source root (a symlink out of the root does not count).
   */
  static Optional<Path> find(SourcePaths paths, Path dir) {
    for (String name : NAMES) {
      if (paths.resolve(dir, name) instanceof SourcePaths.Resolved file
          && Files.isRegularFile(file.path())) {
        return Optional.of(file.path());
      }
    }
    return Optional.empty();
  }

  /** The parsed fields of a kustomization file. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(Path file, String shown) throws SourceFileException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Object parsed = YAML.unmarshal(text, Map.class);
      if (parsed == null) {
        return Map.of();
      }
      return (Map<String, Object>) parsed;
    } catch (IOException | RuntimeException e) {
      throw new SourceFileException(
          "failed to read kustomization file '" + shown + "': " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid YAML";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
