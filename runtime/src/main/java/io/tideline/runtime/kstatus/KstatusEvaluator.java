package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.KstatusResult.current;
import static io.tideline.runtime.kstatus.KstatusResult.failed;
import static io.tideline.runtime.kstatus.KstatusResult.inProgress;

import com.fasterxml.jackson.core.type.TypeReference;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.tideline.runtime.kstatus.Unstructured.StatusCondition;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes kstatus for any object, following cli-utils' {@code status.Compute} in order:
 *
 * <ol>
 *   <li>{@code metadata.deletionTimestamp} → Terminating;
 *   <li>{@code status.observedGeneration} present and ≠ {@code metadata.generation} → InProgress;
 *   <li>{@code Reconciling=True} → InProgress; {@code Stalled=True} → Failed;
 *   <li>built-in kinds by their own rules (Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod,
 *       Job, PVC, Service, CRD, Namespace, PDB; ConfigMap, Secret and CronJob are always Current);
 *   <li>{@code Ready=True} → Current, {@code Ready=False/Unknown} → InProgress;
 *   <li>otherwise Current.
 * </ol>
 */
public final class KstatusEvaluator {
  private KstatusEvaluator() {}

  /** A kind-specific rule; {@code now} matters only for time-based rules (Pod scheduling). */
  private interface Rule {
    KstatusResult apply(Unstructured obj, Instant now);

    static Rule of(Function<Unstructured, KstatusResult> rule) {
      return (obj, now) -> rule.apply(obj);
    }
  }

  private static final Map<String, Rule> BUILT_IN =
      Map.ofEntries(
          Map.entry("apps/Deployment", Rule.of(WorkloadRules::deployment)),
          Map.entry("apps/StatefulSet", Rule.of(WorkloadRules::statefulSet)),
          Map.entry("apps/DaemonSet", Rule.of(WorkloadRules::daemonSet)),
          Map.entry("apps/ReplicaSet", Rule.of(WorkloadRules::replicaSet)),
          Map.entry("/Pod", PodJobRules::pod),
          Map.entry("batch/Job", Rule.of(PodJobRules::job)),
          Map.entry("batch/CronJob", Rule.of(CoreRules::alwaysReady)),
          Map.entry("/ConfigMap", Rule.of(CoreRules::alwaysReady)),
          Map.entry("/Secret", Rule.of(CoreRules::alwaysReady)),
          Map.entry("/PersistentVolumeClaim", Rule.of(CoreRules::persistentVolumeClaim)),
          Map.entry("/Service", Rule.of(CoreRules::service)),
          Map.entry("/Namespace", Rule.of(CoreRules::namespace)),
          Map.entry("policy/PodDisruptionBudget", Rule.of(CoreRules::podDisruptionBudget)),
          Map.entry(
              "apiextensions.k8s.io/CustomResourceDefinition",
              Rule.of(CoreRules::customResourceDefinition)));

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** The status of a missing object. */
  public static KstatusResult notFound() {
    return new KstatusResult(ResourceStatus.NotFound, "Resource not found");
  }

  /** kstatus of a fabric8 object (typed or {@code GenericKubernetesResource}). */
  public static KstatusResult compute(HasMetadata object) {
    return object == null ? notFound() : compute(asMap(object));
  }

  /** The JSON form of a fabric8 object as nested maps. */
  public static Map<String, Object> asMap(HasMetadata object) {
    return Serialization.jsonMapper().convertValue(object, MAP);
  }

  /** kstatus of an object held as nested maps (its JSON form). */
  public static KstatusResult compute(Map<String, Object> object) {
    return compute(object, Instant.now());
  }

  /** kstatus at a given time (Pods unschedulable for more than 15s are Failed). */
  public static KstatusResult compute(Map<String, Object> object, Instant now) {
    if (object == null) {
      return notFound();
    }
    Unstructured obj = new Unstructured(object);
    return generic(obj).or(() -> builtIn(obj, now)).orElseGet(() -> byReadyCondition(obj));
  }

  private static Optional<KstatusResult> generic(Unstructured obj) {
    if (obj.get("metadata", "deletionTimestamp").isPresent()) {
      return Optional.of(
          new KstatusResult(ResourceStatus.Terminating, "Resource scheduled for deletion"));
    }
    Optional<Long> observed = obj.number("status", "observedGeneration");
    Optional<Long> generation = obj.number("metadata", "generation");
    if (observed.isPresent() && generation.isPresent() && !observed.equals(generation)) {
      return Optional.of(
          inProgress(
              obj.kind()
                  + " generation is "
                  + generation.get()
                  + ", but latest observed generation is "
                  + observed.get()));
    }
    Optional<StatusCondition> reconciling = obj.condition("Reconciling");
    if (reconciling.isPresent() && reconciling.get().isTrue()) {
      return Optional.of(inProgress(reconciling.get().message()));
    }
    Optional<StatusCondition> stalled = obj.condition("Stalled");
    if (stalled.isPresent() && stalled.get().isTrue()) {
      return Optional.of(failed(stalled.get().message()));
    }
    return Optional.empty();
  }

  private static Optional<KstatusResult> builtIn(Unstructured obj, Instant now) {
    return Optional.ofNullable(BUILT_IN.get(groupKind(obj))).map(rule -> rule.apply(obj, now));
  }

  private static String groupKind(Unstructured obj) {
    String group = obj.group();
    if (group.equals("extensions")) {
      group = "apps";
    }
    return group + "/" + obj.kind();
  }

  private static KstatusResult byReadyCondition(Unstructured obj) {
    Optional<StatusCondition> ready = obj.condition("Ready");
    if (ready.isEmpty()) {
      return current("Resource is current");
    }
    if (ready.get().isTrue()) {
      return current(ready.get().message().isEmpty() ? "Resource is Ready" : ready.get().message());
    }
    return inProgress(
        ready.get().message().isEmpty() ? "Resource is not Ready" : ready.get().message());
  }
}
