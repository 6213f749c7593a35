package io.tideline.runtime.kstatus;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.tideline.runtime.kstatus.Unstructured.StatusCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a Flux object's status follows the kstatus contract tools rely on: {@code Ready} is
 * present once the object has been reconciled; {@code Reconciling} and {@code Stalled} are never
 * both True and never False (abnormal conditions are deleted instead); condition types are unique;
 * observedGeneration never runs ahead of {@code metadata.generation}; and a Ready=True object that
 * is not reconciling has observed its current generation.
 */
public final class KstatusConformance {
  private KstatusConformance() {}

  private static final Set<String> ABNORMAL = Set.of("Reconciling", "Stalled");

  /** The contract violations of the object; empty when it conforms. */
  public static List<String> check(HasMetadata object) {
    return check(KstatusEvaluator.asMap(object));
  }

  /** The contract violations of the object held as nested maps; empty when it conforms. */
  public static List<String> check(Map<String, Object> object) {
    Unstructured obj = new Unstructured(object);
    String name =
        obj.kind()
            + " "
            + obj.string("metadata", "namespace").orElse("")
            + "/"
            + obj.string("metadata", "name").orElse("");
    List<String> violations = new ArrayList<>();
    List<StatusCondition> conditions = obj.conditions();
    long generation = obj.number(0, "metadata", "generation");
    Optional<Long> observed = obj.number("status", "observedGeneration");
    boolean reconciled = observed.map(g -> g > 0).orElse(false) || !conditions.isEmpty();

    if (reconciled && obj.condition("Ready").isEmpty()) {
      violations.add(name + ": Ready condition missing after the first reconcile");
    }
    if (isTrue(obj, "Reconciling") && isTrue(obj, "Stalled")) {
      violations.add(name + ": Reconciling and Stalled are both True");
    }
    for (StatusCondition condition : conditions) {
      if (ABNORMAL.contains(condition.type()) && !condition.isTrue()) {
        violations.add(
            name
                + ": "
                + condition.type()
                + " is "
                + condition.status()
                + " (abnormal conditions must be deleted, not set False/Unknown)");
      }
    }
    if (conditions.stream().map(StatusCondition::type).distinct().count() != conditions.size()) {
      violations.add(name + ": duplicate condition types");
    }
    if (observed.isPresent() && observed.get() > generation) {
      violations.add(
          name
              + ": status.observedGeneration "
              + observed.get()
              + " is ahead of metadata.generation "
              + generation);
    }
    if (isTrue(obj, "Ready")
        && !isTrue(obj, "Reconciling")
        && observed.isPresent()
        && observed.get() != generation) {
      violations.add(
          name
              + ": Ready=True but status.observedGeneration "
              + observed.get()
              + " != metadata.generation "
              + generation);
    }
    return violations;
  }

  /**
   * Throws an {@link AssertionError} listing every violation.
   *
   * @throws AssertionError when the object violates the contract
   */
  public static void assertConformant(HasMetadata object) {
    List<String> violations = check(object);
    if (!violations.isEmpty()) {
      throw new AssertionError("kstatus contract violated:\n  " + String.join("\n  ", violations));
    }
  }

  private static boolean isTrue(Unstructured obj, String type) {
    return obj.condition(type).map(StatusCondition::isTrue).orElse(false);
  }
}
