package io.tideline.api.notification.v1;

/**
 * Condition reasons of Receiver, besides the shared ones in {@link io.tideline.api.meta.Reasons}.
 * Receiver uses the shared condition types: Ready (normal polarity: True {@code Succeeded} with
 * "Receiver initialized for path: /hook/…"), Reconciling and Stalled (abnormal, present only while
 * True). Provider and Alert have no status and no conditions.
 */
public final class ReceiverReasons {
  private ReceiverReasons() {}

  /**
   * Ready False with Reconciling {@code ProgressingWithRetry}: the Secret or its {@code token} key
   * is missing; the webhook path is cleared.
   */
  public static final String TOKEN_NOT_FOUND = "TokenNotFound";

  /** Ready False and Stalled: the OIDC providers or the secretRef violate the spec rules. */
  public static final String VALIDATION_FAILED = "ValidationFailed";

  /** Legacy, unused by Flux 2.9; kept for readers of old statuses. */
  public static final String INITIALIZED = "Initialized";

  /** Prefix of every webhook path. */
  public static final String WEBHOOK_PATH_PREFIX = "/hook/";

  /** OIDC audience expected when {@code oidcProviders[].audience} is empty. */
  public static final String DEFAULT_OIDC_AUDIENCE = "notification-controller";
}
