package io.tideline.manifests.crd;

import java.util.Optional;

/**
 * Finds the Java type of a kind by the api module's layout: {@code io.tideline.api.<first label of
 * the group>.<version>.<Kind>} (e.g. {@code io.tideline.api.source.v1.GitRepository}).
 */
public final class KindClasses {
  private KindClasses() {}

  /** The class for {@code group}, {@code version} and {@code kind}, if the layout has one. */
  public static Optional<Class<?>> find(
      ClassLoader classLoader, String group, String version, String kind) {
    String name = "io.tideline.api." + group.split("\\.")[0] + "." + version + "." + kind;
    try {
      return Optional.of(Class.forName(name, false, classLoader));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** As {@link #find(ClassLoader, String, String, String)} for an {@code apiVersion} string. */
  public static Optional<Class<?>> forApiVersion(
      ClassLoader classLoader, String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    return slash < 0
        ? Optional.empty()
        : find(classLoader, apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
  }
}
