package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.KstatusResult.current;
import static io.tideline.runtime.kstatus.KstatusResult.failed;
import static io.tideline.runtime.kstatus.KstatusResult.inProgress;

import io.tideline.runtime.kstatus.Unstructured.StatusCondition;
import java.util.Optional;

/** kstatus rules for PVC, Service, CRD, Namespace and PodDisruptionBudget. */
final class CoreRules {
  private CoreRules() {}

  static KstatusResult persistentVolumeClaim(Unstructured obj) {
    String phase = obj.string("status", "phase").orElse("");
    if (!phase.equals("Bound")) {
      return inProgress("PVC is not Bound. phase: " + (phase.isEmpty() ? "<none>" : phase));
    }
    return current("PVC is Bound");
  }

  static KstatusResult service(Unstructured obj) {
    String type = obj.string("spec", "type").orElse("ClusterIP");
    if (type.equals("LoadBalancer") && obj.list("status", "loadBalancer", "ingress").isEmpty()) {
      return inProgress("Pending external IP: the LoadBalancer has no ingress yet");
    }
    return current("Service is ready");
  }

  static KstatusResult customResourceDefinition(Unstructured obj) {
    Optional<StatusCondition> namesAccepted = obj.condition("NamesAccepted");
    if (namesAccepted.isPresent() && namesAccepted.get().isFalse()) {
      return failed("CRD names have not been accepted: " + namesAccepted.get().message());
    }
    if (obj.condition("Established").map(StatusCondition::isTrue).orElse(false)) {
      return current("CRD is established");
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

  static KstatusResult podDisruptionBudget(Unstructured obj) {
    if (obj.get("status").isEmpty()) {
      return inProgress("PodDisruptionBudget status not computed yet");
    }
    long healthy = obj.number(0, "status", "currentHealthy");
    long desired = obj.number(0, "status", "desiredHealthy");
    if (healthy < desired) {
      return inProgress("Budget not met. healthy replicas: " + healthy + "/" + desired);
    }
    return current("Budget is met. Replicas: " + healthy + "/" + desired);
  }
}
