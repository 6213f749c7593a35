package io.tideline.kustomize;

/** Identity of a resource: its GVK, name and namespace (empty for none). */
record ResId(Gvk gvk, String name, String namespace) {
  ResId {
    name = name == null ? "" : name;
    namespace = namespace == null ? "" : namespace;
  }

  /** Whether this id's GVK is cluster scoped. */
  boolean isClusterScoped() {
    return gvk.isClusterScoped();
  }

  /** The namespace used for comparisons: "default" for empty, a marker for cluster scope. */
  String effectiveNamespace() {
    if (gvk.isClusterScoped()) {
      return "_non_namespaceable_";
    }
    return namespace.isEmpty() ? "default" : namespace;
  }

  /** Kustomize's id equality: same GVK, name and effective namespace. */
  boolean matches(ResId other) {
    return gvk.equals(other.gvk)
        && name.equals(other.name)
        && effectiveNamespace().equals(other.effectiveNamespace());
  }

  /** A hash key consistent with {@link #matches}. */
  String key() {
    return gvk + "|" + name + "|" + effectiveNamespace();
  }

  /** Kustomize's {@code ResId.String()}: {@code Kind.version.group/name.namespace}. */
  @Override
  public String toString() {
    return gvk
        + "/"
        + (name.isEmpty() ? "[noName]" : name)
        + "."
        + (namespace.isEmpty() ? "[noNs]" : namespace);
  }
}
