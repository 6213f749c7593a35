package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectRefTest {

  @Test
  void rendersFluxInventoryIdsAndSubjects() {
    ObjectRef deployment = new ObjectRef("apps", "v1", "Deployment", "default", "podinfo");
    ObjectRef namespace = new ObjectRef("", "v1", "Namespace", "", "my-ns");

    assertThat(deployment.inventoryId()).isEqualTo("default_podinfo_apps_Deployment");
    assertThat(deployment.subject()).isEqualTo("Deployment/default/podinfo");
    assertThat(namespace.inventoryId()).isEqualTo("_my-ns__Namespace");
    assertThat(namespace.subject()).isEqualTo("Namespace/my-ns");
    assertThat(ObjectRef.fromInventoryId("default_podinfo__Service", "v1"))
        .isEqualTo(new ObjectRef("", "v1", "Service", "default", "podinfo"));
    assertThatThrownBy(() -> ObjectRef.fromInventoryId("broken", "v1"))
        .hasMessageContaining("<namespace>_<name>_<group>_<kind>");
  }

  @Test
  void staleEntriesAreThoseMissingFromTheNewInventoryWhateverTheVersion() {
    Inventory old =
        new Inventory(
            List.of(
                new InventoryEntry("ns_a__ConfigMap", "v1"),
                new InventoryEntry("ns_hpa_autoscaling_HorizontalPodAutoscaler", "v1"),
                new InventoryEntry("_ns__Namespace", "v1")));
    Inventory next =
        new Inventory(
            List.of(new InventoryEntry("ns_hpa_autoscaling_HorizontalPodAutoscaler", "v2")));

    assertThat(old.staleAfter(next))
        .extracting(ObjectRef::subject)
        .containsExactly("ConfigMap/ns/a", "Namespace/ns");
  }

  @Test
  void stagesFollowFlux() {
    assertThat(
            ApplyStage.of(
                new ObjectRef("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "", "x"),
                java.util.Set.of()))
        .isEqualTo(ApplyStage.DEFINITIONS);
    assertThat(
            ApplyStage.of(
                new ObjectRef("rbac.authorization.k8s.io", "v1", "ClusterRole", "", "x"),
                java.util.Set.of()))
        .isEqualTo(ApplyStage.DEFINITIONS);
    assertThat(
            ApplyStage.of(
                new ObjectRef("storage.k8s.io", "v1", "StorageClass", "", "x"), java.util.Set.of()))
        .isEqualTo(ApplyStage.CLASSES);
    assertThat(
            ApplyStage.of(
                new ObjectRef("rbac.authorization.k8s.io", "v1", "Role", "ns", "x"),
                java.util.Set.of("rbac.authorization.k8s.io/Role")))
        .isEqualTo(ApplyStage.CUSTOM);
    assertThat(
            ApplyStage.of(new ObjectRef("apps", "v1", "Deployment", "ns", "x"), java.util.Set.of()))
        .isEqualTo(ApplyStage.RESOURCES);
  }
}
