package io.tideline.kustomize.kustomization;

import io.tideline.kustomize.kustomization.SourcePaths.Missing;
import io.tideline.kustomize.kustomization.SourcePaths.Outside;
import io.tideline.kustomize.kustomization.SourcePaths.Resolution;
import io.tideline.kustomize.kustomization.SourcePaths.Resolved;
import io.tideline.sops.SopsFormat;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files Flux's kustomize-controller decrypts before a build: starting at the build directory,
 * every kustomization the build visits through {@code resources} and {@code components} (plus the
 * Kustomization's {@code spec.components}; for a directory without a kustomization, the
 * sub-directories Flux would list in the one it generates) is read, and each {@code
 * secretGenerator[].files} entry (format from its key), {@code secretGenerator[].envs} entry
 * (format from its path, dotenv unless YAML/JSON) and local {@code patches[].path} is collected
 * once.
 *
 * <p>Nothing leaves the source root: a file reference that resolves outside it, directly or through
 * a symlink, is refused, as is a missing file; resource directories outside it, missing, or without
 * a kustomization are skipped (the build reports them).
 */
final class GeneratorSources {

  private final SourcePaths paths;
  private final Map<Path, SourceFile> files = new LinkedHashMap<>();
  private final Set<Path> visited = new HashSet<>();

  private GeneratorSources(SourcePaths paths) {
    this.paths = paths;
  }

  /**
   * The files to decrypt for a build of {@code buildDir}, in the order they are first referenced.
   *
   * @param root the extracted source root
   * @param buildDir the directory built ({@code spec.path}), inside the root
   * @param specComponents {@code spec.components}, relative to the build directory
   */
  static List<SourceFile> find(Path root, Path buildDir, List<String> specComponents)
      throws SourceFileException, IOException {
    SourcePaths paths = new SourcePaths(root);
    GeneratorSources sources = new GeneratorSources(paths);
    if (paths.resolve(buildDir) instanceof Resolved dir && Files.isDirectory(dir.path())) {
      sources.visitBuildDir(dir.path(), specComponents);
    }
    return List.copyOf(sources.files.values());
  }

  private void visitBuildDir(Path dir, List<String> specComponents)
      throws SourceFileException, IOException {
    visited.add(dir);
    List<String> references = new ArrayList<>();
    var file = KustomizationFiles.find(paths, dir);
    if (file.isPresent()) {
      references.addAll(visitKustomization(dir, file.get()));
    } else {
      references.addAll(generatedResources(dir, dir));
    }
    references.addAll(specComponents);
    recurse(dir, references);
  }

  private void visitDir(Path dir) throws SourceFileException, IOException {
    if (!visited.add(dir)) {
      return;
    }
    var file = KustomizationFiles.find(paths, dir);
    if (file.isEmpty()) {
      return;
    }
    recurse(dir, visitKustomization(dir, file.get()));
  }

  private void recurse(Path dir, List<String> references) throws SourceFileException, IOException {
    for (String reference : references) {
      if (paths.resolve(dir, reference) instanceof Resolved target
          && Files.isDirectory(target.path())) {
        visitDir(target.path());
      }
    }
  }

  /** Collects the kustomization's generator and patch files; returns its resources+components. */
  private List<String> visitKustomization(Path dir, Path file) throws SourceFileException {
    String shown = paths.show(file);
    Map<String, Object> kustomization = KustomizationFiles.parse(file, shown);
    for (Map<?, ?> generator : maps(kustomization.get("secretGenerator"))) {
      for (String entry : strings(generator.get("files"))) {
        int eq = entry.indexOf('=');
        String key = eq < 0 ? entry : entry.substring(0, eq);
        String path = eq < 0 ? entry : entry.substring(eq + 1);
        add(dir, path, SopsFormat.forPath(key), shown);
      }
      for (String env : strings(generator.get("envs"))) {
        SopsFormat format = SopsFormat.forPath(env);
        add(dir, env, format == SopsFormat.BINARY ? SopsFormat.DOTENV : format, shown);
      }
    }
    for (Map<?, ?> patch : maps(kustomization.get("patches"))) {
      if (patch.get("path") instanceof String path && !path.isEmpty() && !isRemote(path)) {
        add(dir, path, SopsFormat.forPath(path), shown);
      }
    }
    List<String> references = new ArrayList<>(strings(kustomization.get("resources")));
    references.addAll(strings(kustomization.get("components")));
    return references;
  }

  private void add(Path dir, String reference, SopsFormat format, String referencedBy)
      throws SourceFileException {
    Resolution resolution = paths.resolve(dir, reference);
    if (resolution instanceof Outside) {
      throw new SourceFileException(
          "'" + reference + "' in '" + referencedBy + "' resolves outside the source root");
    }
    if (resolution instanceof Missing missing) {
      throw new SourceFileException(
          "'" + paths.show(missing.path()) + "' (from '" + referencedBy + "') not found");
    }
    Path path = ((Resolved) resolution).path();
    files.putIfAbsent(path, new SourceFile(path, paths.show(path), format, referencedBy));
  }

  /**
   * The resources of the kustomization Flux generates for a directory without one: its
   * sub-directories holding a kustomization (searched through those without). Manifest files are
   * not listed since only directories are walked further.
   */
  private List<String> generatedResources(Path base, Path dir) throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.filter(SourcePaths::isDirectory).sorted().toList();
    }
    List<String> found = new ArrayList<>();
    for (Path entry : entries) {
      if (KustomizationFiles.find(paths, entry).isPresent()) {
        found.add(base.relativize(entry).toString());
      } else {
        found.addAll(generatedResources(base, entry));
      }
    }
    return found;
  }

  /** Flux skips patch paths that are URLs with a scheme and a host. */
  private static boolean isRemote(String path) {
    try {
      URI uri = new URI(path);
      return uri.getScheme() != null && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static List<Map<?, ?>> maps(Object value) {
    List<Map<?, ?>> maps = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          maps.add(map);
        }
      }
    }
    return maps;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof String text) {
          strings.add(text);
        }
      }
    }
    return strings;
  }
}
