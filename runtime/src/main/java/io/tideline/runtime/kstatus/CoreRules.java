package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.KstatusResult.current;
import static io.tideline.runtime.kstatus.KstatusResult.failed;
import static io.tideline.runtime.kstatus.KstatusResult.inProgress;

import io.tideline.runtime.kstatus.Unstructured.StatusCondition;

/** kstatus rules for PVC, Service, CRD, Namespace, PodDisruptionBudget and status-less kinds. */
final class CoreRules {
  private CoreRules() {}

  static KstatusResult persistentVolumeClaim(Unstructured obj) {
    String phase = obj.string("status", "phase").orElse("");
    if (!phase.equals("Bound")) {
      return inProgress("PVC is not Bound. phase: " + (phase.isEmpty() ? "unknown" : phase));
    }
    return current("PVC is Bound");
  }

  static KstatusResult service(Unstructured obj) {
    String type = obj.string("spec", "type").orElse("ClusterIP");
    if (type.equals("LoadBalancer") && obj.string("spec", "clusterIP").orElse("").isEmpty()) {
      return inProgress("ClusterIP not set. Service type: LoadBalancer");
    }
    if (type.equals("LoadBalancer") && obj.list("status", "loadBalancer", "ingress").isEmpty()) {
      return inProgress("Pending external IP: the LoadBalancer has no ingress yet");
    }
    return current("Service is ready");
  }

  static KstatusResult customResourceDefinition(Unstructured obj) {
    for (StatusCondition condition : obj.conditions()) {
      if (condition.type().equals("NamesAccepted") && condition.isFalse()) {
        return failed(condition.reason() + ": " + condition.message());
      }
      if (condition.type().equals("Established")) {
        if (condition.isFalse() && !condition.reason().equals("Installing")) {
          return failed(condition.reason() + ": " + condition.message());
        }
        if (condition.isTrue()) {
          return current("CRD is established");
        }
      }
    }
    return inProgress("Install in progress");
  }

  static KstatusResult namespace(Unstructured obj) {
    String phase = obj.string("status", "phase").orElse("");
    if (phase.equals("Active")) {
      return current("Namespace is active");
    }
    if (phase.equals("Terminating")) {
      return new KstatusResult(ResourceStatus.Terminating, "Namespace is terminating");
    }
    return inProgress("Namespace is not active yet");
  }

  /**
   * Current once the disruption controller has observed the latest spec (checked generically via
   * observedGeneration); whether the budget is currently met does not matter.
   */
  static KstatusResult podDisruptionBudget(Unstructured obj) {
    return current("AllowedDisruptions has been computed.");
  }

  /** Kinds that have no status to wait for (ConfigMap, Secret, CronJob). */
  static KstatusResult alwaysReady(Unstructured obj) {
    return current("Resource is always ready");
  }
}
