package io.tideline.api.meta;

/**
 * Condition types used by Flux controllers. Polarity: "normal" conditions read True when things are
 * good; "abnormal" ones are present only while True and are deleted, never set to False.
 */
public final class ConditionTypes {
  private ConditionTypes() {}

  /** Normal polarity; present on every reconciled object after its first reconcile. */
  public static final String READY = "Ready";

  /** Abnormal: True while a reconcile is in progress. */
  public static final String RECONCILING = "Reconciling";

  /** Abnormal: True when no retry can help without a spec change. */
  public static final String STALLED = "Stalled";

  /** Normal: health-check result (Kustomization, HelmRelease). */
  public static final String HEALTHY = "Healthy";

  /** Normal: present once the artifact is stored (sources). */
  public static final String ARTIFACT_IN_STORAGE = "ArtifactInStorage";

  /** Abnormal: a newer revision was found and is being stored (sources). */
  public static final String ARTIFACT_OUTDATED = "ArtifactOutdated";

  /** Normal: present only when verification is configured (sources). */
  public static final String SOURCE_VERIFIED = "SourceVerified";

  /** Abnormal: fetching from the upstream failed (sources). */
  public static final String FETCH_FAILED = "FetchFailed";

  /** Abnormal: building the artifact failed (sources). */
  public static final String BUILD_FAILED = "BuildFailed";

  /** Abnormal: a storage operation failed (sources). */
  public static final String STORAGE_OPERATION_FAILED = "StorageOperationFailed";

  /** Abnormal: an included repository's artifact is not available (GitRepository). */
  public static final String INCLUDE_UNAVAILABLE = "IncludeUnavailable";
}
