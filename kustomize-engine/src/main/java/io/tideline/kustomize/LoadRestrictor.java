package io.tideline.kustomize;

/** Which files a kustomization may read, as kustomize's {@code --load-restrictor} flag. */
public enum LoadRestrictor {
  /**
   * Files must lie inside the build root (kustomize's default, {@code LoadRestrictionsRootOnly}).
   */
  ROOT_ONLY,
  /** Any file the process can read ({@code LoadRestrictionsNone}). */
  NONE
}
