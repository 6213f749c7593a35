package io.tideline.api.meta;

/** Annotation keys and the finalizer shared by every Flux controller. */
public final class Annotations {
  private Annotations() {}

  /** Any change of this opaque token requests a reconcile outside the interval. */
  public static final String RECONCILE_REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";

  /** HelmRelease: one-off forced install/upgrade when equal to requestedAt. */
  public static final String RECONCILE_FORCE_AT = "reconcile.fluxcd.io/forceAt";

  /** HelmRelease: reset failure counters when equal to requestedAt. */
  public static final String RECONCILE_RESET_AT = "reconcile.fluxcd.io/resetAt";

  /** The finalizer every Flux controller puts on the objects it reconciles. */
  public static final String FINALIZER = "finalizers.fluxcd.io";
}
