package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes objects (garbage collection of stale inventory entries, or everything on deletion of the
 * owner), in reverse apply order with background propagation. Only objects still carrying the
 * owner's labels are deleted; objects with {@code prune: disabled}, {@code reconcile: disabled} or
 * {@code ssa: Ignore} are skipped. Objects already gone count as deleted.
 */
public final class ObjectPruner {

  /** Objects never deleted by Flux's kustomize-controller. */
  public static final MetadataSelector KUSTOMIZE_EXCLUSIONS =
      new MetadataSelector(
          Map.of(
              ApplyOptions.PRUNE_KEY, "disabled",
              ApplyOptions.RECONCILE_KEY, "disabled",
              ApplyOptions.SSA_KEY, "Ignore"));

  private final ClusterObjects objects;

  public ObjectPruner(ClusterObjects objects) {
    this.objects = objects;
  }

  /** The outcome: what was deleted/skipped, and the objects whose deletion failed, with why. */
  public record Result(ChangeSet changeSet, List<ObjectRef> survivors, List<String> errors) {
    public boolean failed() {
      return !errors.isEmpty();
    }
  }

  public Result delete(List<ObjectRef> refs, OwnerLabels owner, MetadataSelector exclusions) {
    ChangeSet changeSet = new ChangeSet();
    List<ObjectRef> survivors = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (ObjectRef ref : refs.stream().sorted(ApplyOrder.REFS.reversed()).toList()) {
      try {
        if (objects.mapper().find(ref).isEmpty()) {
          changeSet.add(new ChangeSetEntry(ref, ChangeAction.DELETED));
          continue;
        }
        GenericKubernetesResource live = objects.get(ref);
        if (live == null) {
          changeSet.add(new ChangeSetEntry(ref, ChangeAction.DELETED));
        } else if ((owner != null && !owner.owns(live)) || exclusions.matches(live)) {
          changeSet.add(new ChangeSetEntry(ref, ChangeAction.SKIPPED));
        } else {
          objects.delete(ref);
          changeSet.add(new ChangeSetEntry(ref, ChangeAction.DELETED));
        }
      } catch (KubernetesClientException | IllegalArgumentException e) {
        String reason =
            e instanceof KubernetesClientException k ? ApplyPlanner.reason(k) : e.getMessage();
        errors.add(ref.subject() + " delete failed: " + reason);
        survivors.add(ref);
        changeSet.add(new ChangeSetEntry(ref, ChangeAction.UNKNOWN));
      }
    }
    return new Result(changeSet, survivors, errors);
  }

  /**
   * Waits until the deleted objects are gone (finalizers done); returns the subjects still present
   * at the timeout (empty when all are gone).
   */
  public List<String> awaitTermination(ChangeSet deleted, Duration interval, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> remaining = new ArrayList<>();
      for (ChangeSetEntry entry : deleted.entries()) {
        if (entry.action() == ChangeAction.DELETED
            && objects.mapper().find(entry.ref()).isPresent()
            && objects.get(entry.ref()) != null) {
          remaining.add(entry.subject());
        }
      }
      if (remaining.isEmpty() || System.nanoTime() > deadline) {
        return remaining;
      }
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return remaining;
      }
    }
  }
}
