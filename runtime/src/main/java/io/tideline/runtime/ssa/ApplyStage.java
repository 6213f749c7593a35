package io.tideline.runtime.ssa;

import java.util.Set;

/**
 * The stages of a staged apply, in order. Objects of the first two stages are waited for (CRDs
 * Established, Namespaces Active) before the next stage starts, so later objects can use them.
 */
public enum ApplyStage {
  /** CustomResourceDefinitions, Namespaces and ClusterRoles. */
  DEFINITIONS,
  /** Kinds whose name ends in {@code Class} (StorageClass, IngressClass, …). */
  CLASSES,
  /** The {@code --custom-apply-stage-kinds} group-kinds. */
  CUSTOM,
  /** Everything else. */
  RESOURCES;

  /** The stage of an object given the custom stage kinds ({@code group/Kind}). */
  public static ApplyStage of(ObjectRef ref, Set<String> customStageKinds) {
    if (isDefinition(ref)) {
      return DEFINITIONS;
    }
    if (ref.kind().endsWith("Class")) {
      return CLASSES;
    }
    if (customStageKinds.contains(ref.group() + "/" + ref.kind())) {
      return CUSTOM;
    }
    return RESOURCES;
  }

  /** True for CRDs, Namespaces and ClusterRoles. */
  public static boolean isDefinition(ObjectRef ref) {
    return isCrd(ref)
        || (ref.kind().equals("Namespace") && ref.group().isEmpty())
        || (ref.kind().equals("ClusterRole") && ref.group().equals("rbac.authorization.k8s.io"));
  }

  public static boolean isCrd(ObjectRef ref) {
    return ref.kind().equals("CustomResourceDefinition")
        && ref.group().equals("apiextensions.k8s.io");
  }

  /** True when objects of this stage must become ready before the next stage is applied. */
  public boolean waitsForReadiness() {
    return this == DEFINITIONS || this == CLASSES;
  }
}
