package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.KstatusResult.current;
import static io.tideline.runtime.kstatus.KstatusResult.failed;
import static io.tideline.runtime.kstatus.KstatusResult.inProgress;

import io.tideline.runtime.kstatus.Unstructured.StatusCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** kstatus rules for Pods and Jobs. */
final class PodJobRules {
  private PodJobRules() {}

  static KstatusResult pod(Unstructured obj) {
    String phase = obj.string("status", "phase").orElse("Pending");
    if (phase.equals("Succeeded")) {
      return current("Pod has completed successfully");
    }
    if (phase.equals("Failed")) {
      return failed("Pod has completed, but not successfully");
    }
    if (obj.condition("Ready").map(StatusCondition::isTrue).orElse(false)) {
      return current("Pod is Ready");
    }
    Optional<String> crashing = crashLoopingContainer(obj);
    if (crashing.isPresent()) {
      return failed("Pod container " + crashing.get() + " is in CrashLoopBackOff");
    }
    Optional<StatusCondition> scheduled = obj.condition("PodScheduled");
    if (scheduled.isPresent()
        && scheduled.get().isFalse()
        && "Unschedulable".equals(scheduled.get().reason())) {
      return inProgress("Pod could not be scheduled: " + scheduled.get().message());
    }
    if (phase.equals("Running")) {
      return inProgress("Pod is running but is not Ready");
    }
    return inProgress("Pod is in the " + phase + " phase");
  }

  private static Optional<String> crashLoopingContainer(Unstructured obj) {
    for (String field : List.of("initContainerStatuses", "containerStatuses")) {
      for (Object entry : obj.list("status", field)) {
        if (entry instanceof Map<?, ?> map) {
          Unstructured container = new Unstructured(castMap(map));
          if ("CrashLoopBackOff"
              .equals(container.string("state", "waiting", "reason").orElse(""))) {
            return Optional.of(container.string("name").orElse("?"));
          }
        }
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  static KstatusResult job(Unstructured obj) {
    long parallelism = obj.number(1, "spec", "parallelism");
    long completions = obj.number(parallelism, "spec", "completions");
    long succeeded = obj.number(0, "status", "succeeded");
    long active = obj.number(0, "status", "active");
    long failedPods = obj.number(0, "status", "failed");
    for (StatusCondition condition : obj.conditions()) {
      if (condition.type().equals("Failed") && condition.isTrue()) {
        return failed("Job Failed. failed: " + failedPods + "/" + completions);
      }
      if (condition.type().equals("Complete") && condition.isTrue()) {
        return current("Job Completed. succeeded: " + succeeded + "/" + completions);
      }
    }
    if (obj.string("status", "startTime").isEmpty()) {
      return inProgress("Job not started");
    }
    return inProgress(
        "Job in progress. success: "
            + succeeded
            + ", active: "
            + active
            + ", failed: "
            + failedPods);
  }
}
