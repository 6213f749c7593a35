package io.tideline.manifests.conformance;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * Finds the Java type of a Flux kind by the api module's layout: {@code io.tideline.api.<first
 * label of the group>.<version>.<Kind>}.
 */
final class KindClasses {
  private KindClasses() {}

  static Optional<Class<? extends HasMetadata>> find(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String group = apiVersion.substring(0, slash).split("\\.")[0];
    String name = "io.tideline.api." + group + "." + apiVersion.substring(slash + 1) + "." + kind;
    try {
      return Optional.of(Class.forName(name).asSubclass(HasMetadata.class));
    } catch (ClassNotFoundException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
