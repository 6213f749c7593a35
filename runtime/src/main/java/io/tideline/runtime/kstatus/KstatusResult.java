package io.tideline.runtime.kstatus;

import java.util.Objects;

/**
 * A kstatus verdict with the human explanation shown in health-check messages.
 *
 * @param status the verdict
 * @param message why, e.g. "Deployment is available. Replicas: 3"
 */
public record KstatusResult(ResourceStatus status, String message) {

  public KstatusResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  static KstatusResult current(String message) {
    return new KstatusResult(ResourceStatus.Current, message);
  }

  static KstatusResult inProgress(String message) {
    return new KstatusResult(ResourceStatus.InProgress, message);
  }

  static KstatusResult failed(String message) {
    return new KstatusResult(ResourceStatus.Failed, message);
  }
}
