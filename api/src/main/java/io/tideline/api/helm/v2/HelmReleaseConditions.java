package io.tideline.api.helm.v2;

/**
 * Condition types and reasons of HelmRelease, besides the shared ones in {@link
 * io.tideline.api.meta.ConditionTypes} and {@link io.tideline.api.meta.Reasons}.
 *
 * <p>Polarity: {@link #RELEASED}, {@link #TEST_SUCCESS} and {@link #REMEDIATED} are normal
 * conditions (True is good, False carries the failure reason). {@link #DRIFTED} is abnormal: True
 * means the cluster differs from the release; it is present (True or False) only while drift
 * detection is {@code enabled} or {@code warn}. Ready mirrors the release outcome: True with {@link
 * #INSTALL_SUCCEEDED}, {@link #UPGRADE_SUCCEEDED} or {@link #TEST_SUCCEEDED}; False with a release,
 * remediation or setup reason. Stalled (abnormal) uses {@link #RETRIES_EXCEEDED}, {@link
 * #MISSING_ROLLBACK_TARGET}, {@code InvalidCELExpression} or {@code AccessDenied}.
 */
public final class HelmReleaseConditions {
  private HelmReleaseConditions() {}

  /** Normal: outcome of the last install or upgrade against the desired state. */
  public static final String RELEASED = "Released";

  /** Normal: outcome of the last Helm test run; Unknown with {@link #AWAITING_TESTS}. */
  public static final String TEST_SUCCESS = "TestSuccess";

  /** Normal: outcome of the last remediation (rollback or uninstall) after a failed release. */
  public static final String REMEDIATED = "Remediated";

  /** Abnormal: True when the cluster drifted from the release manifest. */
  public static final String DRIFTED = "Drifted";

  /** Released/Ready True: the install succeeded. */
  public static final String INSTALL_SUCCEEDED = "InstallSucceeded";

  /** Released/Ready False: the install failed. */
  public static final String INSTALL_FAILED = "InstallFailed";

  /** Released/Ready True: the upgrade succeeded. */
  public static final String UPGRADE_SUCCEEDED = "UpgradeSucceeded";

  /** Released/Ready False: the upgrade failed. */
  public static final String UPGRADE_FAILED = "UpgradeFailed";

  /** TestSuccess/Ready True: every selected test passed. */
  public static final String TEST_SUCCEEDED = "TestSucceeded";

  /** TestSuccess/Ready False: a test failed. */
  public static final String TEST_FAILED = "TestFailed";

  /** TestSuccess Unknown: tests are enabled but have not run against this release yet. */
  public static final String AWAITING_TESTS = "AwaitingTests";

  /** Remediated True / Ready False: the failed upgrade was rolled back. */
  public static final String ROLLBACK_SUCCEEDED = "RollbackSucceeded";

  /** Remediated False: the rollback failed. */
  public static final String ROLLBACK_FAILED = "RollbackFailed";

  /** Remediated True, or Released False after a deliberate uninstall: the uninstall succeeded. */
  public static final String UNINSTALL_SUCCEEDED = "UninstallSucceeded";

  /** Remediated/Released False: the uninstall failed. */
  public static final String UNINSTALL_FAILED = "UninstallFailed";

  /** Released False: a release was stuck in a pending state and was unlocked. */
  public static final String PENDING_RELEASE = "PendingRelease";

  /** Drifted True: objects of the release differ from the cluster. */
  public static final String DRIFT_DETECTED = "DriftDetected";

  /** Drifted False: the cluster matches the release. */
  public static final String NO_DRIFT_DETECTED = "NoDriftDetected";

  /** Stalled: retries are exhausted ("Failed to &lt;action&gt; after N attempt(s)"). */
  public static final String RETRIES_EXCEEDED = "RetriesExceeded";

  /** Stalled: a rollback remediation found no previous successful release. */
  public static final String MISSING_ROLLBACK_TARGET = "MissingRollbackTarget";

  /** Ready False: the chart source (HelmChart, OCIRepository, ...) is not ready. */
  public static final String SOURCE_NOT_READY = "SourceNotReady";

  /** Ready False: composing the values from valuesFrom/values failed. */
  public static final String VALUES_ERROR = "ValuesError";

  /** Ready False: the release state could not be determined from Helm storage. */
  public static final String STATE_ERROR = "StateError";

  /** Ready False: an unexpected error in the release state machine. */
  public static final String RECONCILE_ERROR = "ReconcileError";

  /** Ready False: the Kubernetes client for the target cluster could not be built. */
  public static final String REST_CLIENT_ERROR = "RESTClientError";

  /** Ready False: the Helm action configuration could not be built. */
  public static final String FACTORY_ERROR = "FactoryError";

  /** Ready False: the kubeconfig or impersonation settings could not be built. */
  public static final String CONFIG_FACTORY_ERROR = "ConfigFactoryErr";

  /** Ready False: the loaded chart could not be adapted (e.g. version with digest). */
  public static final String CHART_MUTATE_ERROR = "ChartMutateError";

  /** Ready False: the resource manager used for drift detection could not be built. */
  public static final String RESOURCE_MANAGER_ERROR = "ResourceManagerError";

  /** Ready False: building the inventory from the release manifest failed. */
  public static final String INVENTORY_BUILD_FAILED = "InventoryBuildFailed";
}
