package io.tideline.kustomize;

import java.util.Set;

/** Group, version and kind of an object; empty strings for absent parts. */
record Gvk(String group, String version, String kind) {
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
          "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration",
          "apiextensions.k8s.io/v1 CustomResourceDefinition",
          "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
          "apiregistration.k8s.io/v1 APIService",
          "apiregistration.k8s.io/v1beta1 APIService",
          "certificates.k8s.io/v1 CertificateSigningRequest",
          "certificates.k8s.io/v1beta1 CertificateSigningRequest",
          "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
          "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
          "networking.k8s.io/v1 IngressClass",
          "networking.k8s.io/v1beta1 IngressClass",
          "node.k8s.io/v1 RuntimeClass",
          "node.k8s.io/v1beta1 RuntimeClass",
          "policy/v1beta1 PodSecurityPolicy",
          "rbac.authorization.k8s.io/v1 ClusterRole",
          "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
          "rbac.authorization.k8s.io/v1beta1 ClusterRole",
          "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
          "scheduling.k8s.io/v1 PriorityClass",
          "scheduling.k8s.io/v1beta1 PriorityClass",
          "storage.k8s.io/v1 CSIDriver",
          "storage.k8s.io/v1 CSINode",
          "storage.k8s.io/v1 StorageClass",
          "storage.k8s.io/v1 VolumeAttachment",
          "storage.k8s.io/v1beta1 CSIDriver",
          "storage.k8s.io/v1beta1 CSINode",
          "storage.k8s.io/v1beta1 StorageClass",
          "storage.k8s.io/v1beta1 VolumeAttachment",
          "v1 ComponentStatus",
          "v1 Namespace",
          "v1 Node",
          "v1 NodeProxyOptions",
          "v1 PersistentVolume");

  Gvk {
    group = group == null ? "" : group;
    version = version == null ? "" : version;
    kind = kind == null ? "" : kind;
  }

  static Gvk fromApiVersion(String apiVersion, String kind) {
    String av = apiVersion == null ? "" : apiVersion;
    int slash = av.indexOf('/');
    return slash < 0
        ? new Gvk("", av, kind)
        : new Gvk(av.substring(0, slash), av.substring(slash + 1), kind);
  }

  String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  private static final Set<String> CLUSTER_SCOPED_KINDS = clusterScopedKinds();

  private static Set<String> clusterScopedKinds() {
    Set<String> kinds = new java.util.HashSet<>();
    for (String entry : CLUSTER_SCOPED) {
      kinds.add(entry.substring(entry.indexOf(' ') + 1));
    }
    return kinds;
  }

  /** Kustomize's built-in knowledge: certainly cluster scoped per its bundled OpenAPI data. */
  boolean isClusterScoped() {
    return CLUSTER_SCOPED_KINDS.contains(kind)
        && CLUSTER_SCOPED.contains(apiVersion() + " " + kind);
  }

  /** True when every non-empty part of {@code selector} equals this one's. */
  boolean isSelectedBy(Gvk selector) {
    return (selector.group.isEmpty() || selector.group.equals(group))
        && (selector.version.isEmpty() || selector.version.equals(version))
        && (selector.kind.isEmpty() || selector.kind.equals(kind));
  }

  /** Kustomize's {@code Gvk.String()}: {@code kind.version.group} with placeholders. */
  @Override
  public String toString() {
    return (kind.isEmpty() ? "[noKind]" : kind)
        + "."
        + (version.isEmpty() ? "[noVer]" : version)
        + "."
        + (group.isEmpty() ? "[noGrp]" : group);
  }
}
