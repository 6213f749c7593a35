package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.KstatusResult.current;
import static io.tideline.runtime.kstatus.KstatusResult.failed;
import static io.tideline.runtime.kstatus.KstatusResult.inProgress;

import io.tideline.runtime.kstatus.Unstructured.StatusCondition;
import java.util.Optional;

/** kstatus rules for the replicated workloads: Deployment, StatefulSet, DaemonSet, ReplicaSet. */
final class WorkloadRules {
  private WorkloadRules() {}

  static KstatusResult deployment(Unstructured obj) {
    long desired = obj.number(1, "spec", "replicas");
    long replicas = obj.number(0, "status", "replicas");
    long updated = obj.number(0, "status", "updatedReplicas");
    long ready = obj.number(0, "status", "readyReplicas");
    long available = obj.number(0, "status", "availableReplicas");
    Optional<StatusCondition> progressing = obj.condition("Progressing");
    if (progressing.isPresent() && "ProgressDeadlineExceeded".equals(progressing.get().reason())) {
      return failed("Progress deadline exceeded");
    }
    boolean deadlineConfigured = obj.number("spec", "progressDeadlineSeconds").isPresent();
    if (desired > replicas) {
      return inProgress("Replicas: " + replicas + "/" + desired);
    }
    if (desired > updated) {
      return inProgress("Updated: " + updated + "/" + desired);
    }
    if (replicas > desired) {
      return inProgress("Pending termination: " + (replicas - desired));
    }
    if (updated > available) {
      return inProgress("Available: " + available + "/" + updated);
    }
    if (desired > ready) {
      return inProgress("Ready: " + ready + "/" + desired);
    }
    boolean newReplicaSetAvailable =
        !deadlineConfigured
            || progressing.isPresent()
                && progressing.get().isTrue()
                && "NewReplicaSetAvailable".equals(progressing.get().reason());
    if (!newReplicaSetAvailable) {
      return inProgress("ReplicaSet not Available");
    }
    if (!obj.condition("Available").map(StatusCondition::isTrue).orElse(false)) {
      return inProgress("Deployment not Available");
    }
    return current("Deployment is available. Replicas: " + replicas);
  }

  static KstatusResult statefulSet(Unstructured obj) {
    if ("OnDelete".equals(obj.string("spec", "updateStrategy", "type").orElse(""))) {
      return current("StatefulSet is using the ondelete update strategy");
    }
    long desired = obj.number(1, "spec", "replicas");
    long replicas = obj.number(0, "status", "replicas");
    long ready = obj.number(0, "status", "readyReplicas");
    long updated = obj.number(0, "status", "updatedReplicas");
    long currentReplicas = obj.number(0, "status", "currentReplicas");
    if (desired > replicas) {
      return inProgress("Replicas: " + replicas + "/" + desired);
    }
    if (desired > ready) {
      return inProgress("Ready: " + ready + "/" + desired);
    }
    if (replicas > desired) {
      return inProgress("Pending termination: " + (replicas - desired));
    }
    Optional<Long> partition = obj.number("spec", "updateStrategy", "rollingUpdate", "partition");
    if (partition.isPresent()) {
      long expectedUpdated = Math.max(0, desired - partition.get());
      if (updated < expectedUpdated) {
        return inProgress("updated: " + updated + "/" + expectedUpdated);
      }
      return current("Partition rollout complete. updated: " + updated);
    }
    if (desired > currentReplicas) {
      return inProgress("current: " + currentReplicas + "/" + desired);
    }
    String currentRevision = obj.string("status", "currentRevision").orElse("");
    String updateRevision = obj.string("status", "updateRevision").orElse("");
    if (!currentRevision.equals(updateRevision)) {
      return inProgress("Waiting for updated revision to match current");
    }
    return current("All replicas scheduled as expected. Replicas: " + replicas);
  }

  static KstatusResult daemonSet(Unstructured obj) {
    if (obj.number("metadata", "generation").isEmpty()) {
      return inProgress(obj.kind() + " metadata.generation not found");
    }
    if (obj.number("status", "observedGeneration").isEmpty()) {
      return inProgress(obj.kind() + " status.observedGeneration not found");
    }
    Optional<Long> desired = obj.number("status", "desiredNumberScheduled");
    if (desired.isEmpty()) {
      return inProgress("Missing .status.desiredNumberScheduled");
    }
    long want = desired.get();
    long scheduled = obj.number(0, "status", "currentNumberScheduled");
    long updated = obj.number(0, "status", "updatedNumberScheduled");
    long ready = obj.number(0, "status", "numberReady");
    long available = obj.number(0, "status", "numberAvailable");
    if (want > scheduled) {
      return inProgress("Current: " + scheduled + "/" + want);
    }
    if (want > updated) {
      return inProgress("Updated: " + updated + "/" + want);
    }
    if (want > available) {
      return inProgress("Available: " + available + "/" + want);
    }
    if (want > ready) {
      return inProgress("Ready: " + ready + "/" + want);
    }
    return current("All replicas scheduled as expected. Replicas: " + want);
  }

  static KstatusResult replicaSet(Unstructured obj) {
    if (obj.condition("ReplicaFailure").map(StatusCondition::isTrue).orElse(false)) {
      return inProgress("Replica Failure condition. Check Pods");
    }
    long desired = obj.number(1, "spec", "replicas");
    long replicas = obj.number(0, "status", "replicas");
    long labelled = obj.number(0, "status", "fullyLabeledReplicas");
    long available = obj.number(0, "status", "availableReplicas");
    long ready = obj.number(0, "status", "readyReplicas");
    if (desired > labelled) {
      return inProgress("Labelled: " + labelled + "/" + desired);
    }
    if (desired > available) {
      return inProgress("Available: " + available + "/" + desired);
    }
    if (desired > ready) {
      return inProgress("Ready: " + ready + "/" + desired);
    }
    if (desired < replicas) {
      return inProgress("Pending termination: " + (replicas - desired));
    }
    return current("ReplicaSet is available. Replicas: " + replicas);
  }
}
