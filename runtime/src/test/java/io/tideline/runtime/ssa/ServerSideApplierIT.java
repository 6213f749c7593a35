package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.tideline.testsupport.kube.EnvtestCluster;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The apply engine against a real kube-apiserver. */
@KubeApiServerTest
class ServerSideApplierIT {

  private static final String MANAGER = "kustomize-controller";

  private static ApplyOptions kustomize(boolean force) {
    return ApplyOptions.kustomizeDefaults(MANAGER, force, List.of());
  }

  @Test
  void dryRunRejectionLeavesNothingWritten(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);

    assertThatThrownBy(
            () -> applier.apply(Fixtures.load("invalid-deployment", ns.name()), kustomize(false)))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("Deployment/" + ns.name() + "/broken dry-run failed (Invalid)")
        .hasMessageContaining("selector");

    assertThat(client.configMaps().inNamespace(ns.name()).withName("settings").get()).isNull();
    assertThat(client.apps().deployments().inNamespace(ns.name()).withName("broken").get())
        .isNull();
  }

  @Test
  void crdNamespaceAndCustomResourceApplyInStages(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    String token = Fixtures.token(ns.name());

    ChangeSet result = applier.apply(Fixtures.load("crd-and-cr", ns.name()), kustomize(false));

    assertThat(result.toMap())
        .containsExactly(
            Map.entry(
                "CustomResourceDefinition/widgets." + token + ".ssa.tideline.io",
                ChangeAction.CREATED),
            Map.entry("Namespace/" + token + "-extra", ChangeAction.CREATED),
            Map.entry("ConfigMap/" + token + "-extra/in-new-namespace", ChangeAction.CREATED),
            Map.entry("Widget/" + token + "-extra/first", ChangeAction.CREATED));
    GenericKubernetesResource widget =
        client
            .genericKubernetesResources(token + ".ssa.tideline.io/v1", "Widget")
            .inNamespace(token + "-extra")
            .withName("first")
            .get();
    assertThat(widget.<Integer>get("spec", "size")).isEqualTo(3);
    assertThat(Inventory.of(result).entries())
        .containsExactly(
            new InventoryEntry(
                "_widgets."
                    + token
                    + ".ssa.tideline.io_apiextensions.k8s.io_CustomResourceDefinition",
                "v1"),
            new InventoryEntry("_" + token + "-extra__Namespace", "v1"),
            new InventoryEntry(token + "-extra_in-new-namespace__ConfigMap", "v1"),
            new InventoryEntry(token + "-extra_first_" + token + ".ssa.tideline.io_Widget", "v1"));
  }

  @Test
  void secondApplyOfSameObjectsWritesNothing(
      EnvtestCluster cluster, KubernetesClient client, TestNamespace ns) {
    new ServerSideApplier(client, MANAGER).apply(Fixtures.load("app", ns.name()), kustomize(false));
    WriteCounter counter = new WriteCounter();
    try (KubernetesClient counting = WriteCounter.client(cluster.kubeconfig(), counter)) {
      ChangeSet again =
          new ServerSideApplier(counting, MANAGER)
              .apply(Fixtures.load("app", ns.name()), kustomize(false));

      assertThat(again.entries()).allMatch(e -> e.action() == ChangeAction.UNCHANGED);
      assertThat(again.entries()).hasSize(4);
      assertThat(counter.writes()).isEmpty();
      assertThat(counter.requests()).isNotEmpty();
    }
  }

  @Test
  void driftIsReportedWithFieldsAndRepaired(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    applier.apply(Fixtures.load("app", ns.name()), kustomize(false));
    client
        .configMaps()
        .inNamespace(ns.name())
        .withName("web-settings")
        .patch(
            new PatchContext.Builder()
                .withPatchType(PatchType.JSON_MERGE)
                .withFieldManager("kubectl-edit")
                .build(),
            "{\"data\":{\"color\":\"red\"}}");

    ChangeSet diff = applier.diff(Fixtures.load("app", ns.name()), kustomize(false));
    ChangeSetEntry drifted =
        diff.entries().stream()
            .filter(e -> e.action() == ChangeAction.CONFIGURED)
            .findFirst()
            .orElseThrow();
    assertThat(drifted.subject()).isEqualTo("ConfigMap/" + ns.name() + "/web-settings");
    assertThat(drifted.driftedFields()).containsExactly("/data/color");

    ChangeSet repaired = applier.apply(Fixtures.load("app", ns.name()), kustomize(false));
    assertThat(repaired.changesMessage())
        .isEqualTo("ConfigMap/" + ns.name() + "/web-settings configured");
    assertThat(configMap(client, ns, "web-settings").getData()).containsEntry("color", "blue");
  }

  @Test
  void immutableFieldChangeFailsWithoutForce(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    applier.apply(Fixtures.load("immutable-secret-v1", ns.name()), kustomize(false));

    assertThatThrownBy(
            () -> applier.apply(Fixtures.load("immutable-secret-v2", ns.name()), kustomize(false)))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("Secret/" + ns.name() + "/frozen dry-run failed (Invalid)")
        .hasMessageContaining("immutable");
    assertThat(secretToken(client, ns)).isEqualTo("one");
  }

  @Test
  void immutableFieldChangeRecreatesWithForce(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    applier.apply(Fixtures.load("immutable-secret-v1", ns.name()), kustomize(false));
    String uid = secret(client, ns).getMetadata().getUid();

    ChangeSet result =
        applier.apply(Fixtures.load("immutable-secret-v2", ns.name()), kustomize(true));

    assertThat(result.toString()).isEqualTo("Secret/" + ns.name() + "/frozen created");
    assertThat(secretToken(client, ns)).isEqualTo("two");
    assertThat(secret(client, ns).getMetadata().getUid()).isNotEqualTo(uid);
  }

  @Test
  void immutableFieldChangeRecreatesWithForceAnnotation(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    applier.apply(Fixtures.load("immutable-secret-v1", ns.name()), kustomize(false));

    applier.apply(
        Fixtures.load("immutable-secret-v2-force-annotation", ns.name()), kustomize(false));

    assertThat(secretToken(client, ns)).isEqualTo("two");
  }

  @Test
  void ssaAnnotationsControlWhatIsWritten(KubernetesClient client, TestNamespace ns) {
    ServerSideApplier applier = new ServerSideApplier(client, MANAGER);
    ChangeSet first = applier.apply(Fixtures.load("ssa-policies", ns.name()), kustomize(false));
    assertThat(first.toMap())
        .containsEntry("ConfigMap/" + ns.name() + "/if-not-present", ChangeAction.CREATED)
        .containsEntry("ConfigMap/" + ns.name() + "/ignored", ChangeAction.SKIPPED);
    assertThat(client.configMaps().inNamespace(ns.name()).withName("ignored").get()).isNull();

    for (String name : List.of("if-not-present", "merged", "overridden")) {
      client
          .configMaps()
          .inNamespace(ns.name())
          .withName(name)
          .patch(
              new PatchContext.Builder()
                  .withPatchType(PatchType.JSON_MERGE)
                  .withFieldManager("kubectl-edit")
                  .build(),
              "{\"metadata\":{\"labels\":{\"added-by\":\"kubectl\"}},\"data\":{\"value\":\"by-hand\"}}");
    }

    ChangeSet second = applier.apply(Fixtures.load("ssa-policies", ns.name()), kustomize(false));

    assertThat(second.toMap())
        .containsEntry("ConfigMap/" + ns.name() + "/if-not-present", ChangeAction.SKIPPED)
        .containsEntry("ConfigMap/" + ns.name() + "/merged", ChangeAction.CONFIGURED)
        .containsEntry("ConfigMap/" + ns.name() + "/overridden", ChangeAction.CONFIGURED);
    ConfigMap ifNotPresent = configMap(client, ns, "if-not-present");
    assertThat(ifNotPresent.getData()).containsEntry("value", "by-hand");
    ConfigMap merged = configMap(client, ns, "merged");
    assertThat(merged.getData()).containsEntry("value", "from-git");
    assertThat(merged.getMetadata().getLabels()).containsEntry("added-by", "kubectl");
    ConfigMap overridden = configMap(client, ns, "overridden");
    assertThat(overridden.getData()).containsEntry("value", "from-git");
    assertThat(overridden.getMetadata().getLabels()).doesNotContainKey("added-by");
  }

  private static ConfigMap configMap(KubernetesClient client, TestNamespace ns, String name) {
    return client.configMaps().inNamespace(ns.name()).withName(name).get();
  }

  private static Secret secret(KubernetesClient client, TestNamespace ns) {
    return client.secrets().inNamespace(ns.name()).withName("frozen").get();
  }

  private static String secretToken(KubernetesClient client, TestNamespace ns) {
    return new String(
        java.util.Base64.getDecoder().decode(secret(client, ns).getData().get("token")),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
