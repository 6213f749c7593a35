package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Garbage collection by inventory difference against a real kube-apiserver. */
@KubeApiServerTest
class ObjectPrunerIT {

  private static final String MANAGER = "kustomize-controller";

  @Test
  void staleOwnedObjectsAreDeletedUnlessPruneIsDisabled(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    OwnerLabels owner = OwnerLabels.kustomization("apps", ns.name());
    List<GenericKubernetesResource> before = Fixtures.load("prune-before", ns.name());
    before.forEach(owner::stamp);
    ApplyOptions options = ApplyOptions.kustomizeDefaults(MANAGER, false, List.of());
    Inventory old = Inventory.of(applier.apply(before, options));
    client
        .configMaps()
        .inNamespace(ns.name())
        .resource(
            new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata()
                .withName("foreign")
                .endMetadata()
                .build())
        .create();
    old = old.plus(List.of(new ObjectRef("", "v1", "ConfigMap", ns.name(), "foreign")));

    List<GenericKubernetesResource> after = Fixtures.load("prune-after", ns.name());
    after.forEach(owner::stamp);
    Inventory next = Inventory.of(applier.apply(after, options));
    List<ObjectRef> stale = old.staleAfter(next);
    ObjectPruner.Result result =
        new ObjectPruner(new ClusterObjects(client, new RestMapper(client), MANAGER))
            .delete(stale, owner, ObjectPruner.KUSTOMIZE_EXCLUSIONS);

    assertThat(stale)
        .extracting(ObjectRef::subject)
        .containsExactlyInAnyOrder(
            "ConfigMap/" + ns.name() + "/removed",
            "ConfigMap/" + ns.name() + "/kept-by-annotation",
            "ConfigMap/" + ns.name() + "/foreign");
    assertThat(result.failed()).isFalse();
    assertThat(result.changeSet().toMap())
        .containsEntry("ConfigMap/" + ns.name() + "/removed", ChangeAction.DELETED)
        .containsEntry("ConfigMap/" + ns.name() + "/kept-by-annotation", ChangeAction.SKIPPED)
        .containsEntry("ConfigMap/" + ns.name() + "/foreign", ChangeAction.SKIPPED);
    assertThat(client.configMaps().inNamespace(ns.name()).withName("removed").get()).isNull();
    assertThat(client.configMaps().inNamespace(ns.name()).withName("kept-by-annotation").get())
        .isNotNull();
    assertThat(client.configMaps().inNamespace(ns.name()).withName("foreign").get()).isNotNull();
    assertThat(client.configMaps().inNamespace(ns.name()).withName("stays").get()).isNotNull();
  }
}
