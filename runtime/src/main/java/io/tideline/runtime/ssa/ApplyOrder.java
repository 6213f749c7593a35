package io.tideline.runtime.ssa;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which objects are applied (and, reversed, deleted): Flux's kind order (CRDs and
 * Namespaces first, webhooks last), then group, kind, namespace and name, so the output does not
 * depend on input order.
 */
public final class ApplyOrder {

  private static final List<String> FIRST =
      List.of(
          "CustomResourceDefinition",
          "Namespace",
          "ClusterRole",
          "ClusterClass",
          "RuntimeClass",
          "PriorityClass",
          "StorageClass",
          "VolumeSnapshotClass",
          "IngressClass",
          "GatewayClass",
          "ClusterRoleBinding",
          "ResourceQuota",
          "ServiceAccount",
          "Role",
          "RoleBinding",
          "ConfigMap",
          "Secret",
          "Service",
          "LimitRange",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");

  private static final List<String> LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private static final Map<String, Integer> RANK = rank();

  /** Compares object references in apply order. */
  public static final Comparator<ObjectRef> REFS =
      Comparator.<ObjectRef>comparingInt(r -> RANK.getOrDefault(r.kind(), 0))
          .thenComparing(ObjectRef::group)
          .thenComparing(ObjectRef::kind)
          .thenComparing(ObjectRef::namespace)
          .thenComparing(ObjectRef::name);

  private ApplyOrder() {}

  private static Map<String, Integer> rank() {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < FIRST.size(); i++) {
      rank.put(FIRST.get(i), i - FIRST.size());
    }
    for (int i = 0; i < LAST.size(); i++) {
      rank.put(LAST.get(i), i + 1);
    }
    return rank;
  }
}
