package io.tideline.kustomize;

import java.nio.file.Path;
import java.util.Map;

/**
 * Options for one build.
 *
 * @param loadRestrictor which files may be read
 * @param overlay an extra kustomization, as a parsed YAML map, applied on top of the directory: it
 *     is built as if it were a {@code kustomization.yaml} whose only resource is the directory
 *     (Flux's kustomize-controller generates exactly this for its spec fields); {@code null} or
 *     empty for none. Relative paths in it resolve against the directory.
 * @param limits resource bounds
 * @param boundary a directory no read may leave, even through {@code ../} bases (for example the
 *     root of a fetched source artifact); {@code null} for none
 */
public record BuildOptions(
    LoadRestrictor loadRestrictor, Map<String, Object> overlay, Limits limits, Path boundary) {

  public BuildOptions {
    loadRestrictor = loadRestrictor == null ? LoadRestrictor.ROOT_ONLY : loadRestrictor;
    overlay = overlay == null ? Map.of() : overlay;
    limits = limits == null ? Limits.defaults() : limits;
  }

  /** Root-only loading, no overlay, default limits. */
  public static BuildOptions defaults() {
    return new BuildOptions(LoadRestrictor.ROOT_ONLY, Map.of(), Limits.defaults(), null);
  }

  /** A copy with the given overlay kustomization. */
  public BuildOptions withOverlay(Map<String, Object> kustomization) {
    return new BuildOptions(loadRestrictor, kustomization, limits, boundary);
  }

  /** A copy with the given load restrictor. */
  public BuildOptions withLoadRestrictor(LoadRestrictor restrictor) {
    return new BuildOptions(restrictor, overlay, limits, boundary);
  }

  /** A copy with the given limits. */
  public BuildOptions withLimits(Limits newLimits) {
    return new BuildOptions(loadRestrictor, overlay, newLimits, boundary);
  }

  /** A copy that may not read outside {@code directory}. */
  public BuildOptions withBoundary(Path directory) {
    return new BuildOptions(loadRestrictor, overlay, limits, directory);
  }
}
