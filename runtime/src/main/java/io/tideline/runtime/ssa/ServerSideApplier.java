package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Server-side apply of a set of objects with Flux's semantics.
 *
 * <ol>
 *   <li><b>Validate everything first</b>: every object is read and dry-run applied before the first
 *       write; any failure aborts with nothing written. Objects whose CRD or Namespace is in the
 *       same set are validated when their stage comes.
 *   <li><b>Stages</b>: CRDs/Namespaces/ClusterRoles, then {@code *Class} kinds (both waited for
 *       until usable), then custom stage kinds, then the rest.
 *   <li><b>Write only what differs</b>: an object whose dry-run result equals the live object is
 *       reported {@code unchanged} and not written, so a no-op apply makes no writes.
 *   <li>Immutable-field failures recreate the object only when forced.
 * </ol>
 */
public final class ServerSideApplier {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final ClusterObjects objects;
  private final ApplyPlanner planner;

  public ServerSideApplier(KubernetesClient client, String fieldManager) {
    this(new ClusterObjects(client, new RestMapper(client), fieldManager));
  }

  public ServerSideApplier(ClusterObjects objects) {
    this.objects = objects;
    this.planner = new ApplyPlanner(objects);
  }

  public String fieldManager() {
    return objects.fieldManager();
  }

  /**
   * Validates and applies the objects in stages.
   *
   * @throws ApplyException naming every object that failed validation (then nothing was written),
   *     or the object whose write failed (with what was written before it)
   */
  public ChangeSet apply(List<GenericKubernetesResource> desired, ApplyOptions options) {
    List<GenericKubernetesResource> sorted = prepare(desired);
    Set<String> pendingKinds = crdKinds(sorted);
    Set<String> pendingNamespaces = namespaces(sorted);
    Map<ApplyStage, List<ObjectPlan>> stages =
        planAll(sorted, options, pendingKinds, pendingNamespaces);

    ChangeSet done = new ChangeSet();
    for (Map.Entry<ApplyStage, List<ObjectPlan>> stage : stages.entrySet()) {
      List<ObjectPlan> plans = new ArrayList<>();
      for (ObjectPlan plan : stage.getValue()) {
        plans.add(plan.action() == PlannedAction.DEFERRED ? replan(plan, options, done) : plan);
      }
      for (ObjectPlan plan : plans) {
        write(plan, options, done);
        done.add(plan.entry());
      }
      if (stage.getKey().waitsForReadiness()) {
        awaitUsable(plans, options, done);
      }
    }
    return done;
  }

  /**
   * Dry-runs the objects and reports what {@link #apply} would do, with the drifted fields of each
   * configured object; writes nothing. Objects that cannot be validated yet are reported created.
   */
  public ChangeSet diff(List<GenericKubernetesResource> desired, ApplyOptions options) {
    List<GenericKubernetesResource> sorted = prepare(desired);
    ChangeSet result = new ChangeSet();
    planAll(sorted, options, crdKinds(sorted), namespaces(sorted)).values().stream()
        .flatMap(List::stream)
        .forEach(
            plan ->
                result.add(
                    plan.action() == PlannedAction.DEFERRED
                        ? new ChangeSetEntry(plan.ref(), ChangeAction.CREATED)
                        : plan.entry()));
    return result;
  }

  private Map<ApplyStage, List<ObjectPlan>> planAll(
      List<GenericKubernetesResource> sorted,
      ApplyOptions options,
      Set<String> pendingKinds,
      Set<String> pendingNamespaces) {
    Map<ApplyStage, List<ObjectPlan>> stages = new EnumMap<>(ApplyStage.class);
    for (ApplyStage stage : ApplyStage.values()) {
      stages.put(stage, new ArrayList<>());
    }
    List<String> errors = new ArrayList<>();
    for (Planned outcome :
        ParallelPlanning.map(
            sorted,
            options.concurrency(),
            object -> plan(object, options, pendingKinds, pendingNamespaces))) {
      if (outcome.error() != null) {
        errors.add(outcome.error());
      } else {
        stages
            .get(ApplyStage.of(outcome.plan().ref(), options.customStageKinds()))
            .add(outcome.plan());
      }
    }
    if (!errors.isEmpty()) {
      throw new ApplyException(errors, new ChangeSet());
    }
    return stages;
  }

  /** The plan of one object, or the message of why it cannot be applied. */
  private record Planned(ObjectPlan plan, String error) {}

  private Planned plan(
      GenericKubernetesResource object,
      ApplyOptions options,
      Set<String> pendingKinds,
      Set<String> pendingNamespaces) {
    try {
      return new Planned(planner.plan(object, options, pendingKinds, pendingNamespaces), null);
    } catch (ApplyPlanner.PlanException e) {
      return new Planned(null, e.getMessage());
    }
  }

  private ObjectPlan replan(ObjectPlan deferred, ApplyOptions options, ChangeSet done) {
    try {
      return planner.plan(deferred.desired(), options, Set.of(), Set.of());
    } catch (ApplyPlanner.PlanException e) {
      throw new ApplyException(List.of(e.getMessage()), done);
    }
  }

  private void write(ObjectPlan plan, ApplyOptions options, ChangeSet done) {
    try {
      if (plan.cleanupPatch().isPresent()) {
        objects.jsonPatch(plan.ref(), plan.cleanupPatch().get());
      }
      switch (plan.action()) {
        case CREATE, UPDATE -> objects.apply(plan.desired(), false);
        case RECREATE -> {
          objects.delete(plan.ref());
          awaitGone(plan.ref(), options, done);
          objects.apply(plan.desired(), false);
        }
        default -> {}
      }
    } catch (KubernetesClientException e) {
      String what =
          plan.action() == PlannedAction.RECREATE ? " recreate failed: " : " apply failed: ";
      throw new ApplyException(List.of(plan.ref().subject() + what + ApplyPlanner.reason(e)), done);
    }
  }

  private void awaitGone(ObjectRef ref, ApplyOptions options, ChangeSet done) {
    long deadline = System.nanoTime() + options.waitTimeout().toNanos();
    while (objects.get(ref) != null) {
      if (System.nanoTime() > deadline) {
        throw new ApplyException(
            List.of(ref.subject() + " immutable field detected, timed out waiting for deletion"),
            done);
      }
      sleep(options.waitInterval());
    }
  }

  private void awaitUsable(List<ObjectPlan> plans, ApplyOptions options, ChangeSet done) {
    long deadline = System.nanoTime() + options.waitTimeout().toNanos();
    boolean crds = false;
    for (ObjectPlan plan : plans) {
      if (plan.action() == PlannedAction.SKIP) {
        continue;
      }
      crds |= ApplyStage.isCrd(plan.ref());
      while (!DefinitionReadiness.isReady(plan.ref(), objects.get(plan.ref()))) {
        if (System.nanoTime() > deadline) {
          throw new ApplyException(
              List.of(
                  plan.ref().subject()
                      + " did not become ready within "
                      + options.waitTimeout().toSeconds()
                      + "s"),
              done);
        }
        sleep(Duration.ofMillis(Math.min(200, options.waitInterval().toMillis())));
      }
    }
    if (crds) {
      objects.mapper().invalidate();
    }
  }

  private static List<GenericKubernetesResource> prepare(List<GenericKubernetesResource> desired) {
    return desired.stream()
        .map(JSON::clone)
        .sorted((a, b) -> ApplyOrder.REFS.compare(ObjectRef.of(a), ObjectRef.of(b)))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Set<String> crdKinds(List<GenericKubernetesResource> objects) {
    Set<String> kinds = new HashSet<>();
    for (GenericKubernetesResource object : objects) {
      if (ApplyStage.isCrd(ObjectRef.of(object))
          && object.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec
          && spec.get("names") instanceof Map<?, ?> names) {
        kinds.add(names.get("kind") + "." + spec.get("group"));
      }
    }
    return kinds;
  }

  private static Set<String> namespaces(List<GenericKubernetesResource> objects) {
    Set<String> names = new HashSet<>();
    for (GenericKubernetesResource object : objects) {
      ObjectRef ref = ObjectRef.of(object);
      if (ref.kind().equals("Namespace") && ref.group().isEmpty()) {
        names.add(ref.name());
      }
    }
    return names;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
