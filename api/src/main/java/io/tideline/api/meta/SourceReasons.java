package io.tideline.api.meta;

/**
 * Condition reasons written by source-controller (on top of {@link Reasons}). The condition types
 * they go with, and those types' polarity, are in {@link ConditionTypes}: {@code ArtifactInStorage}
 * and {@code SourceVerified} are normal (True is good); {@code ArtifactOutdated}, {@code
 * FetchFailed}, {@code BuildFailed}, {@code StorageOperationFailed} and {@code IncludeUnavailable}
 * are abnormal (present only while True, deleted otherwise).
 */
public final class SourceReasons {
  private SourceReasons() {}

  /** FetchFailed / Stalled: the URL cannot be parsed or has an unsupported scheme. */
  public static final String URL_INVALID = "URLInvalid";

  /** FetchFailed: credentials are missing, malformed or rejected. */
  public static final String AUTHENTICATION_FAILED = "AuthenticationFailed";

  /** SourceVerified False: the signature could not be verified. */
  public static final String VERIFICATION_ERROR = "VerificationError";

  /** StorageOperationFailed: the artifact directory could not be created. */
  public static final String DIRECTORY_CREATION_FAILED = "DirectoryCreationFailed";

  /** StorageOperationFailed: stat of a stored file failed. */
  public static final String STAT_OPERATION_FAILED = "StatOperationFailed";

  /** StorageOperationFailed: reading a stored file failed. */
  public static final String READ_OPERATION_FAILED = "ReadOperationFailed";

  /** StorageOperationFailed: the artifact lock could not be acquired. */
  public static final String ACQUIRE_LOCK_FAILED = "AcquireLockFailed";

  /** StorageOperationFailed: writing the tarball failed. */
  public static final String ARCHIVE_OPERATION_FAILED = "ArchiveOperationFailed";

  /** StorageOperationFailed: updating the {@code latest} symlink failed. */
  public static final String SYMLINK_UPDATE_FAILED = "SymlinkUpdateFailed";

  /** ArtifactInStorage: the stored artifact already matches the upstream revision. */
  public static final String ARTIFACT_UP_TO_DATE = "ArtifactUpToDate";

  /** StorageOperationFailed: a cache (e.g. Helm index cache) operation failed. */
  public static final String CACHE_OPERATION_FAILED = "CacheOperationFailed";

  /** Patching the object's status failed. */
  public static final String PATCH_OPERATION_FAILED = "PatchOperationFailed";

  /** Stalled: Bucket {@code spec.sts} is inconsistent with the provider. */
  public static final String INVALID_STS_CONFIGURATION = "InvalidSTSConfiguration";

  /** Stalled: the provider configuration is invalid. */
  public static final String INVALID_PROVIDER_CONFIGURATION = "InvalidProviderConfiguration";

  /** ArtifactOutdated: a new upstream revision was found (all sources but HelmChart). */
  public static final String NEW_REVISION = "NewRevision";

  /** ArtifactOutdated: a new chart version was found (HelmChart). */
  public static final String NEW_CHART = "NewChart";

  /** GitRepository: clone/checkout succeeded. */
  public static final String GIT_OPERATION_SUCCEEDED = "GitOperationSucceeded";

  /** FetchFailed (GitRepository): clone/checkout failed. */
  public static final String GIT_OPERATION_FAILED = "GitOperationFailed";

  /** FetchFailed (OCIRepository): pulling the artifact failed. */
  public static final String OCI_ARTIFACT_PULL_FAILED = "OCIArtifactPullFailed";

  /** FetchFailed (OCIRepository): extracting or copying the layer failed. */
  public static final String OCI_ARTIFACT_LAYER_OPERATION_FAILED =
      "OCIArtifactLayerOperationFailed";

  /** FetchFailed (HelmRepository): the index could not be fetched or parsed. */
  public static final String INDEXATION_FAILED = "IndexationFailed";

  /** HelmChart Ready/ArtifactInStorage: chart pulled from a HelmRepository. */
  public static final String CHART_PULL_SUCCEEDED = "ChartPullSucceeded";

  /** HelmChart Ready/ArtifactInStorage: chart packaged from a Git/Bucket source. */
  public static final String CHART_PACKAGE_SUCCEEDED = "ChartPackageSucceeded";

  /** Stalled (HelmChart): the chart or version does not exist. */
  public static final String INVALID_CHART_REFERENCE = "InvalidChartReference";

  /** FetchFailed (HelmChart): a path in the chart escapes its root. */
  public static final String ILLEGAL_PATH = "IllegalPath";

  /** Bucket: listing/downloading objects succeeded. */
  public static final String BUCKET_OPERATION_SUCCEEDED = "BucketOperationSucceeded";

  /** FetchFailed (Bucket): listing/downloading objects failed. */
  public static final String BUCKET_OPERATION_FAILED = "BucketOperationFailed";
}
