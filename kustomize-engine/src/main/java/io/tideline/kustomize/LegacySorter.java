package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kustomize's legacy output order: a fixed kind ranking, then GVK, namespace and name. */
final class LegacySorter {
  private static final List<String> FIRST =
      List.of(
          "Namespace",
          "ResourceQuota",
          "StorageClass",
          "CustomResourceDefinition",
          "ServiceAccount",
          "PodSecurityPolicy",
          "Role",
          "ClusterRole",
          "RoleBinding",
          "ClusterRoleBinding",
          "ConfigMap",
          "Secret",
          "Endpoints",
          "Service",
          "LimitRange",
          "PriorityClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");
  private static final List<String> LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private LegacySorter() {}

  static List<Resource> sort(List<Resource> resources, List<String> first, List<String> last) {
    Map<String, Integer> rank = new HashMap<>();
    List<String> orderFirst = first == null ? FIRST : first;
    List<String> orderLast = last == null ? LAST : last;
    for (int i = 0; i < orderFirst.size(); i++) {
      rank.put(orderFirst.get(i), -orderFirst.size() + i);
    }
    for (int i = 0; i < orderLast.size(); i++) {
      rank.put(orderLast.get(i), 1 + i);
    }
    record Keyed(Resource resource, ResId id, int rank, String gvkKey, String idKey) {}
    List<Keyed> keyed = new ArrayList<>(resources.size());
    for (Resource resource : resources) {
      ResId id = resource.id();
      Gvk gvk = id.gvk();
      String gvkKey =
          (gvk.group().isEmpty() ? "~G" : gvk.group())
              + "_"
              + (gvk.version().isEmpty() ? "~V" : gvk.version())
              + "_"
              + (gvk.kind().isEmpty() ? "~K" : gvk.kind());
      String idKey =
          gvk
              + "|"
              + (id.namespace().isEmpty() ? "~X" : id.namespace())
              + "|"
              + (id.name().isEmpty() ? "~N" : id.name());
      keyed.add(new Keyed(resource, id, rank.getOrDefault(gvk.kind(), 0), gvkKey, idKey));
    }
    Comparator<Keyed> order =
        (a, b) -> {
          if (!a.id.gvk().equals(b.id.gvk())) {
            if (a.rank != b.rank) {
              return Integer.compare(a.rank, b.rank);
            }
            boolean namespaces =
                a.id.gvk().kind().equals("Namespace") && b.id.gvk().kind().equals("Namespace");
            if (namespaces && (a.id.gvk().group().isEmpty() || b.id.gvk().group().isEmpty())) {
              return b.gvkKey.compareTo(a.gvkKey);
            }
            return a.gvkKey.compareTo(b.gvkKey);
          }
          return a.idKey.compareTo(b.idKey);
        };
    keyed.sort(order);
    List<Resource> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.resource));
    return sorted;
  }
}
