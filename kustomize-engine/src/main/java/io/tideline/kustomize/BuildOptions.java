package io.tideline.kustomize;

import java.nio.file.Path;
import java.util.Map;

/**
 * Options for one build.
 *
 * @param loadRestrictor which files may be read
 * @param overlay an extra kustomization, as a parsed YAML map, applied on top of the directory: it
 *     is built as if it were a {@code kustomization.yaml} whose only resource is the directory;
 *     {@code null} or empty for none. Relative paths in it resolve against the directory.
 * @param limits resource bounds
 * @param boundary a directory no read may leave, even through {@code ../} bases (for example the
 *     root of a fetched source artifact); {@code null} for none
 * @param merge kustomization fields merged into the directory's own kustomization the way Flux's
 *     kustomize-controller edits it before building: {@code namespace}, {@code namePrefix} and
 *     {@code nameSuffix} replace; {@code images} replace the entry with the same name or are
 *     appended; other lists ({@code patches}, {@code patchesStrategicMerge}, {@code
 *     patchesJson6902}, {@code components}, ...) are appended; maps are merged. {@code null} or
 *     empty for none
 * @param generateMissingKustomization when the directory has no kustomization file, build one
 *     listing its manifests (and sub-directories holding a kustomization), as Flux does
 */
public record BuildOptions(
    LoadRestrictor loadRestrictor,
    Map<String, Object> overlay,
    Limits limits,
    Path boundary,
    Map<String, Object> merge,
    boolean generateMissingKustomization) {

  public BuildOptions {
    loadRestrictor = loadRestrictor == null ? LoadRestrictor.ROOT_ONLY : loadRestrictor;
    overlay = overlay == null ? Map.of() : overlay;
    limits = limits == null ? Limits.defaults() : limits;
    merge = merge == null ? Map.of() : merge;
  }

  /** Root-only loading, no overlay, default limits. */
  public static BuildOptions defaults() {
    return new BuildOptions(
        LoadRestrictor.ROOT_ONLY, Map.of(), Limits.defaults(), null, Map.of(), false);
  }

  /**
   * What Flux's kustomize-controller does: no load restrictions but nothing outside {@code
   * artifactRoot}, the spec's fields merged into the directory's kustomization, a kustomization
   * generated when the directory has none.
   */
  public static BuildOptions flux(Path artifactRoot, Map<String, Object> specFields) {
    return new BuildOptions(
        LoadRestrictor.NONE, Map.of(), Limits.defaults(), artifactRoot, specFields, true);
  }

  /** A copy with the given overlay kustomization. */
  public BuildOptions withOverlay(Map<String, Object> kustomization) {
    return new BuildOptions(
        loadRestrictor, kustomization, limits, boundary, merge, generateMissingKustomization);
  }

  /** A copy with the given load restrictor. */
  public BuildOptions withLoadRestrictor(LoadRestrictor restrictor) {
    return new BuildOptions(
        restrictor, overlay, limits, boundary, merge, generateMissingKustomization);
  }

  /** A copy with the given limits. */
  public BuildOptions withLimits(Limits newLimits) {
    return new BuildOptions(
        loadRestrictor, overlay, newLimits, boundary, merge, generateMissingKustomization);
  }

  /** A copy that may not read outside {@code directory}. */
  public BuildOptions withBoundary(Path directory) {
    return new BuildOptions(
        loadRestrictor, overlay, limits, directory, merge, generateMissingKustomization);
  }

  /** A copy merging {@code fields} into the directory's kustomization (see {@link #merge()}). */
  public BuildOptions withMerge(Map<String, Object> fields) {
    return new BuildOptions(
        loadRestrictor, overlay, limits, boundary, fields, generateMissingKustomization);
  }

  /** A copy that generates a kustomization for a directory without one. */
  public BuildOptions withGeneratedKustomization(boolean generate) {
    return new BuildOptions(loadRestrictor, overlay, limits, boundary, merge, generate);
  }
}
