package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.testsupport.kube.TestNamespace;

/** RBAC for tenant ITs: a namespaced Role that may deploy the fixtures' kinds, bound to an SA. */
final class TenantRbac {

  private TenantRbac() {}

  /**
   * Lets {@code serviceAccount} manage ConfigMaps, Services and Deployments in the namespace, in
   * {@code cluster}.
   */
  static void grantDeployer(KubernetesClient cluster, TestNamespace ns, String serviceAccount) {
    cluster
        .rbac()
        .roles()
        .inNamespace(ns.name())
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName("deployer")
                .endMetadata()
                .addNewRule()
                .withApiGroups("", "apps")
                .withResources("configmaps", "services", "deployments")
                .withVerbs("get", "list", "watch", "create", "update", "patch", "delete")
                .endRule()
                .build())
        .create();
    cluster
        .rbac()
        .roleBindings()
        .inNamespace(ns.name())
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("deployer")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", "deployer")
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName(serviceAccount)
                .withNamespace(ns.name())
                .endSubject()
                .build())
        .create();
  }
}
