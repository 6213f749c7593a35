package io.tideline.api.image.v1;

/**
 * Condition reasons of the image kinds, besides the shared ones in {@link
 * io.tideline.api.meta.Reasons}. The image kinds use only the shared condition types: Ready (normal
 * polarity), Reconciling and Stalled (abnormal, present only while True).
 *
 * <ul>
 *   <li>ImageRepository: Ready True {@code Succeeded}; Ready False {@link #IMAGE_URL_INVALID},
 *       {@link #AUTHENTICATION_FAILED}, {@code Failure}, {@link #READ_OPERATION_FAILED}; Stalled
 *       {@link #IMAGE_URL_INVALID} or {@code FeatureGateDisabled}.
 *   <li>ImagePolicy: Ready True {@code Succeeded}; Ready False {@code Failure}, {@code
 *       AccessDenied}, {@link #DEPENDENCY_NOT_READY}; Stalled {@link #INTERVAL_NOT_CONFIGURED},
 *       {@link #IMAGE_URL_INVALID}, {@code FeatureGateDisabled}.
 *   <li>ImageUpdateAutomation: Ready True {@code Succeeded}; Ready False {@code AccessDenied},
 *       {@link #INVALID_SOURCE_CONFIGURATION}, {@link #SOURCE_MANAGER_FAILED}, {@link
 *       #GIT_OPERATION_FAILED}, {@link #UPDATE_FAILED}, {@link #INVALID_POLICY_SELECTOR}; Stalled
 *       {@link #INVALID_POLICY_SELECTOR}, {@code AccessDenied}, {@link
 *       #INVALID_SOURCE_CONFIGURATION}, {@link #INVALID_UPDATE_STRATEGY}, {@link
 *       #REMOVED_TEMPLATE_FIELD}, {@code FeatureGateDisabled}.
 * </ul>
 */
public final class ImageReasons {
  private ImageReasons() {}

  /** Generic failure of a scan or a policy evaluation (Ready False). */
  public static final String FAILURE = "Failure";

  /** The image has a scheme or a tag, or does not parse (Ready False, Stalled). */
  public static final String IMAGE_URL_INVALID = "ImageURLInvalid";

  /** The ImageRepository is missing, not ready or has no tags (ImagePolicy Ready False). */
  public static final String DEPENDENCY_NOT_READY = "DependencyNotReady";

  /** Registry credentials were missing or rejected (Ready False). */
  public static final String AUTHENTICATION_FAILED = "AuthenticationFailed";

  /** Reading the tag database failed (Ready False). */
  public static final String READ_OPERATION_FAILED = "ReadOperationFailed";

  /** digestReflectionPolicy Always without an interval (ImagePolicy Stalled). */
  public static final String INTERVAL_NOT_CONFIGURED = "IntervalNotConfigured";

  /** The update strategy is not supported (ImageUpdateAutomation Stalled). */
  public static final String INVALID_UPDATE_STRATEGY = "InvalidUpdateStrategy";

  /** The GitRepository or its ref cannot be used (Ready False, Stalled). */
  public static final String INVALID_SOURCE_CONFIGURATION = "InvalidSourceConfiguration";

  /** Preparing the Git source failed (Ready False). */
  public static final String SOURCE_MANAGER_FAILED = "SourceManagerFailed";

  /** Clone, commit or push failed (Ready False). */
  public static final String GIT_OPERATION_FAILED = "GitOperationFailed";

  /** Applying the policies to the files failed (Ready False). */
  public static final String UPDATE_FAILED = "UpdateFailed";

  /** The policy selector does not parse (Ready False, Stalled). */
  public static final String INVALID_POLICY_SELECTOR = "InvalidPolicySelector";

  /** The commit template uses a removed field such as {@code .Updated} (Stalled). */
  public static final String REMOVED_TEMPLATE_FIELD = "RemovedTemplateField";
}
