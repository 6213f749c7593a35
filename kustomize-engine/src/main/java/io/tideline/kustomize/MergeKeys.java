package io.tideline.kustomize;

import java.util.List;

/**
 * The list-map keys kustomize's bundled Kubernetes OpenAPI schema declares for lists of built-in
 * kinds; custom resources have no schema, so their lists are replaced.
 */
final class MergeKeys {
  private static final List<String> NAME = List.of("name");
  private final Gvk gvk;
  private final boolean builtIn;

  MergeKeys(Gvk gvk) {
    this.gvk = gvk;
    this.builtIn = isBuiltIn(gvk);
  }

  static boolean isBuiltIn(Gvk gvk) {
    String group = gvk.group();
    return group.isEmpty()
        || group.equals("apps")
        || group.equals("batch")
        || group.equals("autoscaling")
        || group.equals("policy")
        || (group.endsWith(".k8s.io") && !group.endsWith(".x-k8s.io"));
  }

  /**
   * The keys of the list at {@code path}: null for a list that is replaced, empty for a list of
   * scalars merged as a set.
   */
  List<String> forPath(List<String> path) {
    if (!builtIn || path.isEmpty()) {
      return null;
    }
    String field = path.get(path.size() - 1);
    boolean inContainer =
        path.contains("containers")
            || path.contains("initContainers")
            || path.contains("ephemeralContainers");
    return switch (field) {
      case "containers",
          "initContainers",
          "ephemeralContainers",
          "volumes",
          "resourceClaims",
          "schedulingGates" ->
          inPodSpec(path) ? NAME : null;
      case "env" -> inContainer ? NAME : null;
      case "volumeMounts" -> inContainer ? List.of("mountPath") : null;
      case "volumeDevices" -> inContainer ? List.of("devicePath") : null;
      case "imagePullSecrets" -> inPodSpec(path) ? NAME : null;
      case "hostAliases" -> inPodSpec(path) ? List.of("ip") : null;
      case "topologySpreadConstraints" ->
          inPodSpec(path) ? List.of("topologyKey", "whenUnsatisfiable") : null;
      case "ports" ->
          inContainer
              ? List.of("containerPort", "protocol")
              : gvk.kind().equals("Service") && path.size() == 2
                  ? List.of("port", "protocol")
                  : null;
      case "finalizers" ->
          path.size() >= 2 && path.get(path.size() - 2).equals("metadata") ? List.of() : null;
      case "ownerReferences" -> List.of("uid");
      case "conditions" -> List.of("type");
      case "webhooks" -> gvk.kind().endsWith("WebhookConfiguration") ? NAME : null;
      case "secrets" -> gvk.kind().equals("ServiceAccount") ? NAME : null;
      default -> null;
    };
  }

  private boolean inPodSpec(List<String> path) {
    if (gvk.kind().equals("ServiceAccount")) {
      return false;
    }
    return path.size() >= 2 && path.get(path.size() - 2).equals("spec");
  }
}
