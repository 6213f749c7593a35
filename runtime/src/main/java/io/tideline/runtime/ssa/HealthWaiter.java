package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.tideline.runtime.kstatus.KstatusEvaluator;
import io.tideline.runtime.kstatus.KstatusResult;
import io.tideline.runtime.kstatus.ResourceStatus;
import io.tideline.runtime.kstatus.StatusReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Polls a set of objects with the kstatus rules (or the {@link Options#statusReader()} given) until
 * every one is Current, one is Failed (with fail-fast), the timeout passes or the caller cancels.
 * Jobs with a TTL that are gone count as Current. Failure messages follow Flux: {@code timeout
 * waiting for: [Deployment/ns/web status: 'InProgress': …]} or {@code failed early due to stalled
 * resources: [...]}.
 */
public final class HealthWaiter {

  private final ClusterObjects objects;

  public HealthWaiter(ClusterObjects objects) {
    this.objects = objects;
  }

  /**
   * How to wait.
   *
   * @param statusReader computes each object's status (kstatus, or custom health expressions)
   */
  public record Options(
      Duration interval,
      Duration timeout,
      boolean failFast,
      Set<String> jobsWithTtl,
      StatusReader statusReader) {
    public Options {
      jobsWithTtl = Set.copyOf(jobsWithTtl);
      Objects.requireNonNull(statusReader, "statusReader");
    }

    /** Options that judge every object by kstatus. */
    public Options(Duration interval, Duration timeout, boolean failFast, Set<String> jobsWithTtl) {
      this(interval, timeout, failFast, jobsWithTtl, StatusReader.kstatus());
    }

    public static Options of(Duration timeout) {
      return new Options(Duration.ofSeconds(5), timeout, true, Set.of());
    }

    public Options withInterval(Duration value) {
      return new Options(value, timeout, failFast, jobsWithTtl, statusReader);
    }

    public Options withStatusReader(StatusReader value) {
      return new Options(interval, timeout, failFast, jobsWithTtl, value);
    }
  }

  /** Waits; returns the failure message, or empty when all objects are Current. */
  public Optional<String> await(List<ObjectRef> refs, Options options) {
    return await(refs, options, () -> false);
  }

  /**
   * Waits as {@link #await(List, Options)}, also stopping (with a failure) when {@code cancelled}
   * turns true.
   */
  public Optional<String> await(List<ObjectRef> refs, Options options, BooleanSupplier cancelled) {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    while (true) {
      Map<ObjectRef, KstatusResult> statuses = poll(refs, options);
      boolean allCurrent =
          statuses.values().stream().allMatch(s -> s.status() == ResourceStatus.Current);
      if (allCurrent) {
        return Optional.empty();
      }
      boolean anyFailed =
          statuses.values().stream().anyMatch(s -> s.status() == ResourceStatus.Failed);
      boolean allSettled =
          statuses.values().stream()
              .allMatch(
                  s -> s.status() == ResourceStatus.Current || s.status() == ResourceStatus.Failed);
      if (anyFailed && (options.failFast() || allSettled)) {
        return Optional.of(
            "failed early due to stalled resources: " + describe(statuses, ResourceStatus.Failed));
      }
      if (System.nanoTime() > deadline || cancelled.getAsBoolean()) {
        return Optional.of("timeout waiting for: " + describe(statuses, null));
      }
      try {
        Thread.sleep(options.interval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("health check interrupted: " + describe(statuses, null));
      }
    }
  }

  private Map<ObjectRef, KstatusResult> poll(List<ObjectRef> refs, Options options) {
    Map<ObjectRef, KstatusResult> statuses = new LinkedHashMap<>();
    for (ObjectRef ref : refs) {
      KstatusResult result;
      try {
        GenericKubernetesResource live =
            objects.mapper().find(ref).isPresent() ? objects.get(objects.scoped(ref)) : null;
        result =
            live == null
                ? KstatusEvaluator.notFound()
                : options.statusReader().read(KstatusEvaluator.asMap(live));
      } catch (KubernetesClientException | IllegalArgumentException e) {
        result = new KstatusResult(ResourceStatus.Unknown, e.getMessage());
      }
      if (result.status() == ResourceStatus.NotFound
          && ref.kind().equals("Job")
          && options.jobsWithTtl().contains(ref.inventoryId())) {
        result = new KstatusResult(ResourceStatus.Current, "Job completed and was removed");
      }
      statuses.put(ref, result);
    }
    return statuses;
  }

  private static String describe(Map<ObjectRef, KstatusResult> statuses, ResourceStatus only) {
    List<String> parts = new ArrayList<>();
    statuses.forEach(
        (ref, result) -> {
          boolean include =
              only == null ? result.status() != ResourceStatus.Current : result.status() == only;
          if (include) {
            String detail = result.message().isEmpty() ? "" : ": " + result.message();
            parts.add(ref.subject() + " status: '" + result.status() + "'" + detail);
          }
        });
    return "[" + String.join(", ", parts) + "]";
  }
}
