package io.tideline.api.meta;

/**
 * Values every Flux CRD shares, as compile-time constants for the CRD generator's annotations
 * ({@code @Pattern}, {@code @Default}, {@code @Annotations}, {@code @AdditionalPrinterColumn}).
 */
public final class CrdConventions {
  private CrdConventions() {}

  /** Go duration string, e.g. {@code 1m30s}; used by interval and most timeout fields. */
  public static final String DURATION_PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";

  /** Go duration string without hours, used by the source kinds' {@code spec.timeout}. */
  public static final String TIMEOUT_PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m))+$";

  /** The status a freshly created object reads: {@code {"observedGeneration": -1}}. */
  public static final String STATUS_DEFAULT = "{\"observedGeneration\": -1}";

  /** CRD annotation that keeps Kustomization post-build substitution away from CRD schemas. */
  public static final String SUBSTITUTE_DISABLED =
      "kustomize.toolkit.fluxcd.io/substitute=disabled";

  /** Printer column source of {@code Age}. */
  public static final String AGE_PATH = ".metadata.creationTimestamp";

  /** Printer column source of {@code Ready}. */
  public static final String READY_PATH = ".status.conditions[?(@.type==\"Ready\")].status";

  /** Printer column source of {@code Status} (the Ready message). */
  public static final String STATUS_PATH = ".status.conditions[?(@.type==\"Ready\")].message";

  /** kubectl category shared by every Flux kind. */
  public static final String CATEGORY_FLUXCD = "fluxcd";

  /** kubectl category of the source kinds. */
  public static final String CATEGORY_SOURCES = "fluxcd-sources";

  /** kubectl category of Kustomization and HelmRelease. */
  public static final String CATEGORY_APPLIERS = "fluxcd-appliers";
}
