package io.tideline.api.meta;

/** Condition reasons shared by all Flux controllers ({@code fluxcd/pkg/apis/meta}). */
public final class Reasons {
  private Reasons() {}

  public static final String SUCCEEDED = "Succeeded";
  public static final String FAILED = "Failed";
  public static final String PROGRESSING = "Progressing";
  public static final String PROGRESSING_WITH_RETRY = "ProgressingWithRetry";
  public static final String SUSPENDED = "Suspended";
  public static final String DEPENDENCY_NOT_READY = "DependencyNotReady";
  public static final String INVALID_PATH = "InvalidPath";
  public static final String INVALID_URL = "InvalidURL";
  public static final String INSECURE_CONNECTIONS_DISALLOWED = "InsecureConnectionsDisallowed";
  public static final String UNSUPPORTED_CONNECTION_TYPE = "UnsupportedConnectionType";
  public static final String PRUNE_FAILED = "PruneFailed";
  public static final String ARTIFACT_FAILED = "ArtifactFailed";
  public static final String BUILD_FAILED = "BuildFailed";
  public static final String HEALTH_CHECK_FAILED = "HealthCheckFailed";
  public static final String HEALTH_CHECK_CANCELED = "HealthCheckCanceled";
  public static final String RECONCILIATION_SUCCEEDED = "ReconciliationSucceeded";
  public static final String RECONCILIATION_FAILED = "ReconciliationFailed";
  public static final String INVALID_CEL_EXPRESSION = "InvalidCELExpression";
  public static final String FEATURE_GATE_DISABLED = "FeatureGateDisabled";
  public static final String ACCESS_DENIED = "AccessDenied";
}
