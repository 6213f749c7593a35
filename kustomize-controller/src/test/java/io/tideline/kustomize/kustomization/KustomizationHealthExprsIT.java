package io.tideline.kustomize.kustomization;

import static io.tideline.kustomize.kustomization.KustomizationApplyIT.kustomization;
import static io.tideline.kustomize.kustomization.KustomizationApplyIT.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.runtime.reconcile.ReconcileResult;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code spec.healthCheckExprs}: custom resources judged by CEL while the test flips their status,
 * a kind-less entry covering its whole group, and an invalid expression stalling the Kustomization
 * before anything is applied.
 */
@KubeApiServerTest
class KustomizationHealthExprsIT {

  private static final String COMMIT = "7777777777777777777777777777777777777777";
  private static final String GROUP = "cel.tideline.test";
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private static final String EXPRESSIONS =
      """
      wait: true
      timeout: 60s
      healthCheckExprs:
        - apiVersion: cel.tideline.test/v1
          kind: Widget
          inProgress: "status.phase == 'Provisioning'"
          failed: "status.phase == 'Failed'"
          current: "status.phase == 'Ready'"
        - apiVersion: cel.tideline.test/v1beta1
          current: "status.ready == true"
      """;

  @BeforeEach
  void installCrds(KubernetesClient client) {
    for (String kind : new String[] {"Widget", "Gadget"}) {
      String plural = kind.toLowerCase() + "s";
      CustomResourceDefinition crd =
          YAML.unmarshal(
              """
              apiVersion: apiextensions.k8s.io/v1
              kind: CustomResourceDefinition
              metadata:
                name: %s.%s
              spec:
                group: %s
                scope: Namespaced
                names: {kind: %s, plural: %s, singular: %s, listKind: %sList}
                versions:
                  - name: v1
                    served: true
                    storage: true
                    subresources: {status: {}}
                    schema:
                      openAPIV3Schema:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
              """
                  .formatted(plural, GROUP, GROUP, kind, plural, kind.toLowerCase(), kind),
              CustomResourceDefinition.class);
      client.resource(crd).serverSideApply();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Optional.ofNullable(
                          client
                              .apiextensions()
                              .v1()
                              .customResourceDefinitions()
                              .withName(plural + "." + GROUP)
                              .get())
                      .map(d -> d.getStatus())
                      .map(s -> s.getConditions())
                      .filter(
                          cs ->
                              cs.stream()
                                  .anyMatch(
                                      c ->
                                          c.getType().equals("Established")
                                              && c.getStatus().equals("True")))
                      .isPresent());
    }
  }

  @Test
  void judgesCustomResourcesByTheirExpressions(KubernetesClient client, TestNamespace ns)
      throws Exception {
    try (KustomizationHarness harness =
        new KustomizationHarness(
            client,
            KustomizationSettings.defaults().withHealthPollInterval(Duration.ofMillis(500)))) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "cel-health", COMMIT));
      setStatus(client, ns, "Widget", "w1", Map.of("phase", "Provisioning"));
      setStatus(client, ns, "Gadget", "g1", Map.of("ready", false));
      harness.create(ns.name(), kustomization("cel", "./", EXPRESSIONS));

      CompletableFuture<ReconcileResult> first = reconcileInBackground(harness, ns);
      awaitHealthChecksRunning(harness, ns);
      Thread.sleep(2_000);
      assertThat(first).as("inProgress Widget keeps the health check waiting").isNotDone();

      setStatus(client, ns, "Widget", "w1", Map.of("phase", "Failed"));
      first.get(30, TimeUnit.SECONDS);

      Kustomization failed = harness.conformant(ns.name(), "cel");
      assertThat(ready(failed).getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(ready(failed).getReason()).isEqualTo("HealthCheckFailed");
      assertThat(ready(failed).getMessage())
          .startsWith(
              "failed early due to stalled resources: [Widget/"
                  + ns.name()
                  + "/w1 status: 'Failed': failed expression is true: status.phase == 'Failed']");
      assertThat(condition(failed, "Healthy").getReason()).isEqualTo("HealthCheckFailed");

      setStatus(client, ns, "Widget", "w1", Map.of("phase", "Ready"));
      CompletableFuture<ReconcileResult> second = reconcileInBackground(harness, ns);
      awaitHealthChecksRunning(harness, ns);
      Thread.sleep(2_000);
      assertThat(second)
          .as("the kind-less entry judges the Gadget, which is not ready yet")
          .isNotDone();

      setStatus(client, ns, "Gadget", "g1", Map.of("ready", true));
      second.get(30, TimeUnit.SECONDS);

      Kustomization healthy = harness.conformant(ns.name(), "cel");
      assertThat(ready(healthy).getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(condition(healthy, "Healthy").getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(condition(healthy, "Healthy").getReason()).isEqualTo("Succeeded");
      assertThat(client.configMaps().inNamespace(ns.name()).withName("cel-settings").get())
          .isNotNull();
    }
  }

  @Test
  void invalidExpressionStallsBeforeAnythingIsApplied(KubernetesClient client, TestNamespace ns) {
    try (KustomizationHarness harness =
        new KustomizationHarness(client, KustomizationSettings.defaults())) {
      harness.readyGitRepository(
          ns.name(), "repo", harness.publish(ns.name(), "repo", "cel-health", COMMIT));
      harness.create(
          ns.name(),
          kustomization(
              "invalid",
              "./",
              """
              wait: true
              healthCheckExprs:
                - apiVersion: cel.tideline.test/v1
                  kind: Widget
                  current: "status.phase =="
              """));

      ReconcileResult result = harness.reconcile(ns.name(), "invalid");

      Kustomization ks = harness.conformant(ns.name(), "invalid");
      String message =
          "Reconciliation failed terminally due to configuration error: failed to create custom"
              + " status evaluator for healthCheckExprs[0]: failed to parse the expression Current:"
              + " failed to parse the CEL expression 'status.phase =='";
      for (Condition c : new Condition[] {ready(ks), condition(ks, "Stalled")}) {
        assertThat(c.getReason()).isEqualTo("InvalidCELExpression");
        assertThat(c.getMessage()).startsWith(message);
      }
      assertThat(ready(ks).getStatus()).isEqualTo(ConditionStatus.False);
      assertThat(condition(ks, "Stalled").getStatus()).isEqualTo(ConditionStatus.True);
      assertThat(ks.getStatus().getObservedGeneration())
          .isEqualTo(ks.getMetadata().getGeneration());
      assertThat(result.requeueAfter()).isEmpty();
      assertThat(client.configMaps().inNamespace(ns.name()).withName("cel-settings").get())
          .isNull();
      assertThat(resources(client, ns, "Widget").inNamespace(ns.name()).withName("w1").get())
          .isNull();
      assertThat(harness.events.messages()).anyMatch(m -> m.startsWith(message));
    }
  }

  private static CompletableFuture<ReconcileResult> reconcileInBackground(
      KustomizationHarness harness, TestNamespace ns) {
    return CompletableFuture.supplyAsync(() -> harness.reconcile(ns.name(), "cel"));
  }

  private static void awaitHealthChecksRunning(KustomizationHarness harness, TestNamespace ns) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              Kustomization ks = harness.get(ns.name(), "cel");
              return ks.getStatus() != null
                  && ks.getStatus().getConditions() != null
                  && ks.getStatus().getConditions().stream()
                      .anyMatch(
                          c ->
                              c.getType().equals("Reconciling")
                                  && c.getStatus() == ConditionStatus.True
                                  && c.getMessage().startsWith("Running health checks"))
                  && ready(ks).getStatus() == ConditionStatus.Unknown
                  && ready(ks).getReason().equals("Progressing");
            });
  }

  private static MixedOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      resources(KubernetesClient client, TestNamespace ns, String kind) {
    return client.genericKubernetesResources(GROUP + "/v1", kind);
  }

  /** Creates the object if needed (as the test's own field manager), then writes its status. */
  private static void setStatus(
      KubernetesClient client,
      TestNamespace ns,
      String kind,
      String name,
      Map<String, Object> status) {
    var objects = resources(client, ns, kind).inNamespace(ns.name());
    GenericKubernetesResource object = objects.withName(name).get();
    if (object == null) {
      object = new GenericKubernetesResource();
      object.setApiVersion(GROUP + "/v1");
      object.setKind(kind);
      object.setMetadata(
          new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
              .withName(name)
              .withNamespace(ns.name())
              .build());
      object = objects.resource(object).create();
    }
    object.setAdditionalProperty("status", status);
    objects.resource(object).updateStatus();
  }

  private static Condition condition(Kustomization ks, String type) {
    return ks.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow();
  }
}
