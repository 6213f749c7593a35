package io.tideline.kustomize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a kustomization directory the way {@code kubectl kustomize} (kustomize v5.5) does, in
 * process. Instances are stateless and thread-safe.
 *
 * <pre>{@code
 * List<Resource> resources = new KustomizeEngine().build(dir, BuildOptions.defaults());
 * String yaml = KustomizeEngine.toYaml(resources);
 * }</pre>
 */
public final class KustomizeEngine {
  /**
   * The value {@code buildMetadata: [managedByLabel]} writes: kubectl's embedded kustomize reports
   * its version as {@code (devel)}.
   */
  public static final String MANAGED_BY = "kustomize-(devel)";

  private static final String LOCAL_CONFIG = "config.kubernetes.io/local-config";

  /** Builds {@code dir}; errors name the file and the problem. */
  public List<Resource> build(Path dir, BuildOptions options) throws KustomizeException {
    try {
      return buildChecked(dir, options);
    } catch (RuntimeException | StackOverflowError e) {
      throw new KustomizeException(
          "unexpected content while building '"
              + dir
              + "': "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          e);
    }
  }

  private List<Resource> buildChecked(Path dir, BuildOptions options) throws KustomizeException {
    BuildOptions given = options == null ? BuildOptions.defaults() : options;
    BuildOptions opts =
        given
            .withOverlay(Tree.asMap(Tree.normalizeForeign(given.overlay())))
            .withMerge(Tree.asMap(Tree.normalizeForeign(given.merge())));
    Limits limits = opts.limits();
    FileLoader loader =
        FileLoader.forRoot(dir.toAbsolutePath(), opts.boundary(), opts.loadRestrictor(), limits);
    ResourceReader reader = new ResourceReader(new YamlReader(limits.maxFileBytes()));
    KustTarget target = KustTarget.load(loader, reader, opts);
    Accumulation result = target.accumulate(new Accumulation(limits.maxResources()));
    Kustomization top = target.kustomization();
    if (!opts.overlay().isEmpty()) {
      KustTarget overlay =
          KustTarget.inMemory(loader, reader, opts.overlay(), "the build's overlay kustomization");
      result = overlay.accumulate(result);
      top = overlay.kustomization();
    }
    return finish(result, top);
  }

  /** All resources as one multi-document YAML stream, as {@code kubectl kustomize} prints it. */
  public static String toYaml(List<Resource> resources) {
    List<Map<String, Object>> objects = new ArrayList<>(resources.size());
    for (Resource resource : resources) {
      objects.add(resource.object());
    }
    return YamlWriter.write(objects);
  }

  private static List<Resource> finish(Accumulation result, Kustomization top)
      throws KustomizeException {
    ResourceMap resources = result.resources();
    for (Resource resource : resources.resources()) {
      if (resource.needsHash()) {
        resource.storePreviousId();
        resource.setName(resource.name() + "-" + NameHasher.hash(resource));
      }
    }
    resources.reindex();
    new NameReferenceFixer(result.config().nameReferences).apply(resources);
    new VarResolver(result.vars(), result.config().varReferences).apply(resources);
    resources.removeIf(r -> "true".equals(r.annotations().get(LOCAL_CONFIG)));
    List<Resource> ordered = order(resources.resources(), top);
    stringifyAnnotations(ordered);
    List<String> buildMetadata = top.strings("buildMetadata");
    if (buildMetadata.contains("originAnnotations")) {
      for (Resource resource : ordered) {
        if (resource.origin() != null) {
          Tree.mapChild(Tree.mapChild(resource.object(), "metadata"), "annotations")
              .put("config.kubernetes.io/origin", resource.origin());
        }
      }
    }
    if (buildMetadata.contains("managedByLabel")) {
      new MetadataMapTransformer(
              Map.of("app.kubernetes.io/managed-by", MANAGED_BY),
              List.of(FieldSpec.parse("::: metadata/labels +")))
          .apply(mapOf(ordered));
    }
    return ordered;
  }

  /** Kustomize rewrites every annotation map as strings when it strips its build annotations. */
  private static void stringifyAnnotations(List<Resource> resources) {
    for (Resource resource : resources) {
      Map<String, Object> annotations =
          Tree.asMap(Tree.get(resource.object(), "metadata", "annotations"));
      if (annotations != null && !annotations.isEmpty()) {
        annotations.replaceAll((key, value) -> value == null ? "" : ScalarText.of(value));
      }
    }
  }

  private static ResourceMap mapOf(List<Resource> resources) {
    ResourceMap map = new ResourceMap(Integer.MAX_VALUE);
    map.clearAndAddAll(resources);
    return map;
  }

  private static List<Resource> order(List<Resource> resources, Kustomization kustomization)
      throws KustomizeException {
    Map<String, Object> sortOptions = kustomization.map("sortOptions");
    if (sortOptions.isEmpty()) {
      return LegacySorter.sort(resources, null, null);
    }
    String order = Tree.getString(sortOptions, "order");
    Map<String, Object> legacy = Tree.asMap(sortOptions.get("legacySortOptions"));
    if ("fifo".equals(order)) {
      if (legacy != null) {
        throw new KustomizeException(
            "the field 'sortOptions.legacySortOptions' is set but the selected sort order is"
                + " 'fifo', not 'legacy' (in "
                + kustomization.file()
                + ")");
      }
      return new ArrayList<>(resources);
    }
    if (!"legacy".equals(order)) {
      throw new KustomizeException(
          "the field 'sortOptions.order' must be one of [fifo, legacy] (in "
              + kustomization.file()
              + ")");
    }
    if (legacy == null) {
      return LegacySorter.sort(resources, null, null);
    }
    return LegacySorter.sort(
        resources,
        Tree.stringList(legacy.get("orderFirst")),
        Tree.stringList(legacy.get("orderLast")));
  }
}
