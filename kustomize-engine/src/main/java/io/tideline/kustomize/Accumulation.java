package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a kustomization build has gathered so far: its resources and its legacy vars. */
final class Accumulation {
  private final ResourceMap resources;
  private final List<Map<String, Object>> vars = new ArrayList<>();
  private final Set<String> varNames = new HashSet<>();
  private final TransformerConfig config = TransformerConfig.defaults();

  Accumulation(int maxResources) {
    this.resources = new ResourceMap(maxResources);
  }

  ResourceMap resources() {
    return resources;
  }

  TransformerConfig config() {
    return config;
  }

  List<Map<String, Object>> vars() {
    return vars;
  }

  void addVars(List<Map<String, Object>> more, String file) throws KustomizeException {
    for (Map<String, Object> var : more) {
      String name = Tree.getString(var, "name");
      if (name == null || name.isEmpty()) {
        throw new KustomizeException("var without a name in " + file);
      }
      if (!varNames.add(name)) {
        throw new KustomizeException("var '" + name + "' already encountered (in " + file + ")");
      }
      vars.add(var);
    }
  }

  /** Appends another build's resources and vars (a base merged into its parent). */
  void merge(Accumulation other) throws KustomizeException {
    resources.appendAll(other.resources);
    config.merge(other.config);
    addVars(other.vars, "a base");
  }
}
