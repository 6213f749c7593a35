package io.tideline.kustomize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kustomization directory being built: accumulates its resources, generators and components,
 * then runs its transformers in kustomize's fixed order.
 */
final class KustTarget {
  private static final List<String> FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private final FileLoader loader;
  private final ResourceReader reader;
  private final Kustomization kustomization;
  private final String file;

  private KustTarget(
      FileLoader loader, ResourceReader reader, Kustomization kustomization, String file) {
    this.loader = loader;
    this.reader = reader;
    this.kustomization = kustomization;
    this.file = file;
  }

  /** Loads the kustomization file of the loader's directory. */
  static KustTarget load(FileLoader loader, ResourceReader reader) throws KustomizeException {
    return load(loader, reader, BuildOptions.defaults());
  }

  /**
   * Loads the top directory's kustomization, generating one when asked and the directory has none,
   * and merging the options' Flux fields into it.
   */
  static KustTarget load(FileLoader loader, ResourceReader reader, BuildOptions options)
      throws KustomizeException {
    if (options.generateMissingKustomization() && kustomizationFile(loader) == null) {
      Map<String, Object> fields = FluxKustomization.generate(loader, reader);
      FluxKustomization.merge(fields, options.merge());
      String path = loader.root().resolve("kustomization.yaml").toString();
      return new KustTarget(loader, reader, Kustomization.parse(fields, path), path);
    }
    String found = kustomizationFile(loader);
    if (found == null) {
      throw new KustomizeException(
          "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization'"
              + " in directory '"
              + loader.root()
              + "'");
    }
    String path = loader.root().resolve(found).toString();
    Map<String, Object> fields = reader.yaml().yaml11().readMap(loader.read(found), path);
    FluxKustomization.merge(fields, options.merge());
    return new KustTarget(loader, reader, Kustomization.parse(fields, path), path);
  }

  private static String kustomizationFile(FileLoader loader) throws KustomizeException {
    String found = null;
    for (String name : FILE_NAMES) {
      if (loader.exists(name) && !loader.isDirectory(name)) {
        if (found != null) {
          throw new KustomizeException(
              "Found multiple kustomization files under: " + loader.root());
        }
        found = name;
      }
    }
    return found;
  }

  /** A target for an in-memory kustomization (the build options' overlay). */
  static KustTarget inMemory(
      FileLoader loader, ResourceReader reader, Map<String, Object> fields, String name)
      throws KustomizeException {
    return new KustTarget(loader, reader, Kustomization.parse(fields, name), name);
  }

  Kustomization kustomization() {
    return kustomization;
  }

  /** Builds this kustomization into {@code accumulated} (empty, or a parent's for components). */
  Accumulation accumulate(Accumulation accumulated) throws KustomizeException {
    refuseUnsupported();
    try {
      accumulateResources(accumulated);
    } catch (KustomizeException e) {
      throw e.wrap("accumulating resources");
    }
    loadTransformerConfig(accumulated.config());
    runGenerators(accumulated.resources());
    Accumulation current = accumulated;
    for (String component : kustomization.strings("components")) {
      current = accumulateComponent(current, component);
    }
    runTransformers(current.resources(), current.config());
    current.addVars(kustomization.maps("vars"), file);
    return current;
  }

  private void refuseUnsupported() throws KustomizeException {
    if (kustomization.has("helmCharts") || kustomization.has("helmChartInflationGenerator")) {
      throw new KustomizeException(
          "helmCharts are not supported: Helm chart inflation is disabled in this build ("
              + file
              + ")");
    }
    for (String field : List.of("generators", "transformers", "validators")) {
      if (kustomization.has(field)) {
        throw new KustomizeException(
            "'"
                + field
                + "' are not supported: plugins and exec/container functions are"
                + " disabled in this build ("
                + file
                + ")");
      }
    }
  }

  private void accumulateResources(Accumulation accumulated) throws KustomizeException {
    for (String path : kustomization.resources()) {
      if (loader.exists(path) && !loader.isDirectory(path)) {
        try {
          String text = loader.read(path);
          String origin = "path: " + loader.pathFromTop(path) + "\n";
          for (Resource resource : reader.read(text, path)) {
            resource.setOrigin(origin);
            accumulated.resources().append(resource);
          }
        } catch (KustomizeException e) {
          throw e.wrap("accumulating resources from '" + path + "'");
        }
        continue;
      }
      if (!loader.exists(path)) {
        if (FileLoader.looksRemote(path)) {
          throw new KustomizeException(
              "remote resource '"
                  + path
                  + "' is not allowed: remote bases are not supported,"
                  + " only files and directories inside the source (in "
                  + file
                  + ")");
        }
        Object absolute = loader.root().resolve(path).normalize();
        throw new KustomizeException(
            "accumulation err='accumulating resources from '"
                + path
                + "': evalsymlink failure on '"
                + absolute
                + "' : lstat "
                + absolute
                + ": no such file or directory' (in "
                + file
                + ")");
      }
      FileLoader child = loader.child(path);
      KustTarget sub = load(child, reader);
      if (sub.kustomization.isComponent()) {
        throw new KustomizeException(
            "expected kind != 'Component' for path '" + child.root() + "'");
      }
      Accumulation subResult;
      try {
        subResult = sub.accumulate(new Accumulation(loader.limits().maxResources()));
      } catch (KustomizeException e) {
        throw e.wrap("recursed accumulation of path '" + child.root() + "'");
      }
      accumulated.merge(subResult);
    }
  }

  private Accumulation accumulateComponent(Accumulation accumulated, String path)
      throws KustomizeException {
    if (!loader.exists(path) && FileLoader.looksRemote(path)) {
      throw new KustomizeException(
          "remote component '"
              + path
              + "' is not allowed: remote bases are not supported (in "
              + file
              + ")");
    }
    FileLoader child = loader.child(path);
    KustTarget sub = load(child, reader);
    if (!sub.kustomization.isComponent()) {
      String kind = sub.kustomization.string("kind");
      throw new KustomizeException(
          "accumulating components: expected kind 'Component' for path '"
              + child.root()
              + "' but got '"
              + (kind.isEmpty() ? "Kustomization" : kind)
              + "'");
    }
    try {
      return sub.accumulate(accumulated);
    } catch (KustomizeException e) {
      throw e.wrap("accumulating components: recursed accumulation of path '" + child.root() + "'");
    }
  }

  private void runGenerators(ResourceMap resources) throws KustomizeException {
    ConfigGenerator generator =
        new ConfigGenerator(loader, kustomization.map("generatorOptions"), file);
    for (Map<String, Object> args : kustomization.maps("configMapGenerator")) {
      absorb(resources, withOrigin(generator.generate(args, false), "ConfigMapGenerator"));
    }
    for (Map<String, Object> args : kustomization.maps("secretGenerator")) {
      absorb(resources, withOrigin(generator.generate(args, true), "SecretGenerator"));
    }
  }

  private Resource withOrigin(Resource generated, String generatorKind) {
    String configuredIn =
        Path.of(file).isAbsolute()
            ? loader.pathFromTop(Path.of(file).getFileName().toString())
            : file;
    generated.setOrigin(
        "configuredIn: "
            + configuredIn
            + "\nconfiguredBy:\n  apiVersion: builtin\n  kind: "
            + generatorKind
            + "\n");
    return generated;
  }

  private void absorb(ResourceMap resources, Resource generated) throws KustomizeException {
    ResId id = generated.id();
    List<Resource> matches = resources.matchingAnyId(id);
    String behavior = generated.behavior().isEmpty() ? "create" : generated.behavior();
    if (matches.isEmpty()) {
      if (behavior.equals("merge") || behavior.equals("replace")) {
        throw new KustomizeException(
            "id " + id + " does not exist; cannot merge or replace (generator in " + file + ")");
      }
      resources.append(generated);
      return;
    }
    if (matches.size() > 1) {
      throw new KustomizeException(
          "found multiple objects that could accept merge of " + id + " (in " + file + ")");
    }
    Resource old = matches.get(0);
    if (!behavior.equals("merge") && !behavior.equals("replace")) {
      throw new KustomizeException(
          "id " + id + " exists; behavior must be merge or replace (generator in " + file + ")");
    }
    Map<String, Object> metadata = Tree.mapChild(generated.object(), "metadata");
    Map<String, Object> labels =
        new LinkedHashMap<>(Tree.stringMap(Tree.get(old.object(), "metadata", "labels")));
    labels.putAll(Tree.stringMap(metadata.get("labels")));
    Map<String, Object> annotations =
        new LinkedHashMap<>(Tree.stringMap(Tree.get(old.object(), "metadata", "annotations")));
    annotations.putAll(Tree.stringMap(metadata.get("annotations")));
    setOrRemove(metadata, "labels", labels);
    setOrRemove(metadata, "annotations", annotations);
    generated.setName(old.name());
    generated.setNamespace(old.namespace());
    if (behavior.equals("merge")) {
      for (String field : List.of("data", "binaryData")) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Object> oldData = Tree.asMap(old.object().get(field));
        Map<String, Object> newData = Tree.asMap(generated.object().get(field));
        if (oldData != null) {
          merged.putAll(oldData);
        }
        if (newData != null) {
          merged.putAll(newData);
        }
        if (!merged.isEmpty()) {
          generated.object().put(field, merged);
        }
      }
    }
    generated.copyTrackingFrom(old);
    generated.setNeedsHash(old.needsHash() && generated.needsHash());
    generated.setOrigin(old.origin());
    resources.replace(old, generated);
  }

  private static void setOrRemove(
      Map<String, Object> metadata, String key, Map<String, Object> value) {
    if (value.isEmpty()) {
      metadata.remove(key);
    } else {
      metadata.put(key, value);
    }
  }

  private void runTransformers(ResourceMap resources, TransformerConfig config)
      throws KustomizeException {
    YamlReader yaml = reader.yaml();
    List<String> legacySmp = kustomization.strings("patchesStrategicMerge");
    for (String patch : legacySmp) {
      PatchTransformer.fromStrategicMerge(patch, loader, yaml, file).apply(resources);
    }
    for (Map<String, Object> entry : kustomization.maps("patches")) {
      PatchTransformer.fromEntry(entry, loader, yaml, file).apply(resources);
    }
    String namespace = kustomization.string("namespace");
    if (!namespace.isEmpty()) {
      new NamespaceTransformer(namespace, config.namespace).apply(resources);
    }
    new NameAffixTransformer(kustomization.string("namePrefix"), config.prefix, true)
        .apply(resources);
    new NameAffixTransformer(kustomization.string("nameSuffix"), config.suffix, false)
        .apply(resources);
    applyLabels(resources, config);
    new MetadataMapTransformer(kustomization.stringMap("commonAnnotations"), config.annotations)
        .apply(resources);
    for (Map<String, Object> entry : kustomization.maps("patchesJson6902")) {
      PatchTransformer.fromJson6902(entry, loader, yaml, file).apply(resources);
    }
    for (Map<String, Object> replica : kustomization.maps("replicas")) {
      new ReplicaTransformer(replica, config.replicas, file).apply(resources);
    }
    for (Map<String, Object> image : kustomization.images()) {
      new ImageTransformer(image, config.images, file).apply(resources);
    }
    List<Map<String, Object>> replacements = loadReplacements();
    if (!replacements.isEmpty()) {
      new ReplacementTransformer(replacements, file).apply(resources);
    }
  }

  private void applyLabels(ResourceMap resources, TransformerConfig config)
      throws KustomizeException {
    for (Map<String, Object> label : kustomization.maps("labels")) {
      Map<String, String> pairs = Tree.stringMap(label.get("pairs"));
      List<FieldSpec> specs = new ArrayList<>();
      for (Object spec : Tree.elements(label.get("fields"))) {
        specs.add(FieldSpec.fromMap(Tree.asMap(spec)));
      }
      if (Boolean.TRUE.equals(label.get("includeSelectors"))) {
        specs.addAll(config.commonLabels);
      } else {
        if (Boolean.TRUE.equals(label.get("includeTemplates"))) {
          specs.addAll(config.templateLabels);
        }
        specs.add(FieldSpec.parse("::: metadata/labels +"));
      }
      new MetadataMapTransformer(pairs, specs).apply(resources);
    }
    Map<String, String> common = kustomization.stringMap("commonLabels");
    if (!common.isEmpty()) {
      new MetadataMapTransformer(common, config.commonLabels).apply(resources);
    }
  }

  private void loadTransformerConfig(TransformerConfig config) throws KustomizeException {
    for (String path : kustomization.strings("configurations")) {
      Map<String, Object> content = reader.yaml().readMap(loader.read(path), path);
      config.merge(TransformerConfig.fromConfigurationFile(content, path));
    }
    for (String path : kustomization.strings("crds")) {
      Map<String, Object> content;
      try {
        content = reader.yaml().readMap(loader.read(path), path);
      } catch (KustomizeException e) {
        throw e.wrap("loading CRDs [" + path + "]");
      }
      config.merge(TransformerConfig.fromCrdDefinitions(content));
    }
  }

  private List<Map<String, Object>> loadReplacements() throws KustomizeException {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> entry : kustomization.maps("replacements")) {
      String path = Tree.getString(entry, "path");
      if (path == null) {
        result.add(entry);
        continue;
      }
      for (Object document : reader.yaml().readAll(loader.read(path), path)) {
        if (document instanceof List<?> list) {
          for (Object item : list) {
            result.add(Tree.asMap(item));
          }
        } else if (Tree.asMap(document) != null) {
          result.add(Tree.asMap(document));
        }
      }
    }
    return result;
  }
}
