package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.KstatusResult.current;
import static io.tideline.runtime.kstatus.KstatusResult.failed;
import static io.tideline.runtime.kstatus.KstatusResult.inProgress;

import io.tideline.runtime.kstatus.Unstructured.StatusCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** kstatus rules for Pods and Jobs. */
final class PodJobRules {
  private PodJobRules() {}

  /** How long a Pod may stay unschedulable before it counts as Failed. */
  static final Duration SCHEDULE_WINDOW = Duration.ofSeconds(15);

  /**
   * Pods: Succeeded → Current; Failed → Failed (cli-utils says Current here; a failed Pod is not
   * healthy for Tideline); Running → Current when Ready, Failed when a container is in
   * CrashLoopBackOff; Pending and unschedulable for longer than 15s → Failed.
   */
  static KstatusResult pod(Unstructured obj, Instant now) {
    String phase = obj.string("status", "phase").orElse("");
    switch (phase) {
      case "Succeeded":
        return current("Pod has completed successfully");
      case "Failed":
        return failed("Pod has completed, but not successfully");
      case "Running":
        if (obj.condition("Ready").map(StatusCondition::isTrue).orElse(false)) {
          return current("Pod is Ready");
        }
        List<String> crashing = crashLoopingContainers(obj);
        if (!crashing.isEmpty()) {
          return failed("Containers in CrashLoop state: " + String.join(",", crashing));
        }
        return inProgress("Pod is running but is not Ready");
      case "Pending":
        Optional<StatusCondition> scheduled = obj.condition("PodScheduled");
        if (scheduled.isPresent()
            && scheduled.get().isFalse()
            && "Unschedulable".equals(scheduled.get().reason())) {
          return withinScheduleWindow(obj, now)
              ? inProgress("Pod has not been scheduled")
              : failed("Pod could not be scheduled: " + scheduled.get().message());
        }
        return inProgress("Pod is in the Pending phase");
      case "":
        return inProgress("Pod phase not available");
      default:
        return new KstatusResult(ResourceStatus.Unknown, "unknown Pod phase " + phase);
    }
  }

  private static boolean withinScheduleWindow(Unstructured obj, Instant now) {
    return obj.string("metadata", "creationTimestamp")
        .map(Instant::parse)
        .map(created -> now.minus(SCHEDULE_WINDOW).isBefore(created))
        .orElse(false);
  }

  private static List<String> crashLoopingContainers(Unstructured obj) {
    List<String> names = new ArrayList<>();
    for (Object entry : obj.list("status", "containerStatuses")) {
      if (entry instanceof Map<?, ?> map) {
        Unstructured container = new Unstructured(castMap(map));
        if ("CrashLoopBackOff".equals(container.string("state", "waiting", "reason").orElse(""))) {
          names.add(container.string("name").orElse("?"));
        }
      }
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /**
   * Jobs: Complete → Current, Failed → Failed, Suspended → Current, otherwise InProgress (a running
   * Job is not yet healthy: health checks wait for it to complete).
   */
  static KstatusResult job(Unstructured obj) {
    long parallelism = obj.number(1, "spec", "parallelism");
    long completions = obj.number(parallelism, "spec", "completions");
    long succeeded = obj.number(0, "status", "succeeded");
    long active = obj.number(0, "status", "active");
    long failedPods = obj.number(0, "status", "failed");
    for (StatusCondition condition : obj.conditions()) {
      if (condition.type().equals("Suspended") && condition.isTrue()) {
        return current("Job is suspended");
      }
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
        "Job in progress. success:"
            + succeeded
            + ", active: "
            + active
            + ", failed: "
            + failedPods);
  }
}
