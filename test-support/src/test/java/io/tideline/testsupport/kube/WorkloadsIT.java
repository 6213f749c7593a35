package io.tideline.testsupport.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Workloads mode: kube-controller-manager and kwok turn specs into Ready workloads. */
@KubeApiServerTest(workloads = true)
class WorkloadsIT {

  @Test
  void deploymentBecomesAvailable(KubernetesClient client, TestNamespace ns) {
    Deployment deployment =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("web")
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .withNewSelector()
            .withMatchLabels(Map.of("app", "web"))
            .endSelector()
            .withTemplate(podTemplate("web"))
            .endSpec()
            .build();
    client.apps().deployments().inNamespace(ns.name()).resource(deployment).create();

    Deployment ready =
        client
            .apps()
            .deployments()
            .inNamespace(ns.name())
            .withName("web")
            .waitUntilCondition(
                d ->
                    d.getStatus() != null
                        && Objects.equals(d.getStatus().getAvailableReplicas(), 2)
                        && d.getStatus().getConditions().stream()
                            .anyMatch(
                                c ->
                                    "Available".equals(c.getType())
                                        && "True".equals(c.getStatus())),
                90,
                TimeUnit.SECONDS);
    assertThat(ready.getStatus().getReadyReplicas()).isEqualTo(2);
  }

  @Test
  void jobCompletes(KubernetesClient client, TestNamespace ns) {
    Job job =
        new JobBuilder()
            .withNewMetadata()
            .withName("once")
            .endMetadata()
            .withNewSpec()
            .withTemplate(
                new PodTemplateSpecBuilder(podTemplate("once"))
                    .editSpec()
                    .withRestartPolicy("Never")
                    .endSpec()
                    .build())
            .endSpec()
            .build();
    client.batch().v1().jobs().inNamespace(ns.name()).resource(job).create();

    Job done =
        client
            .batch()
            .v1()
            .jobs()
            .inNamespace(ns.name())
            .withName("once")
            .waitUntilCondition(
                j ->
                    j.getStatus() != null
                        && j.getStatus().getConditions().stream()
                            .anyMatch(
                                c ->
                                    "Complete".equals(c.getType()) && "True".equals(c.getStatus())),
                90,
                TimeUnit.SECONDS);
    assertThat(done.getStatus().getSucceeded()).isEqualTo(1);
  }

  @Test
  void statefulSetRollsOut(KubernetesClient client, TestNamespace ns) {
    StatefulSet sts =
        new StatefulSetBuilder()
            .withNewMetadata()
            .withName("db")
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .withServiceName("db")
            .withNewSelector()
            .withMatchLabels(Map.of("app", "db"))
            .endSelector()
            .withTemplate(podTemplate("db"))
            .endSpec()
            .build();
    client.apps().statefulSets().inNamespace(ns.name()).resource(sts).create();

    StatefulSet rolled =
        client
            .apps()
            .statefulSets()
            .inNamespace(ns.name())
            .withName("db")
            .waitUntilCondition(
                s ->
                    s.getStatus() != null
                        && Objects.equals(s.getStatus().getReadyReplicas(), 2)
                        && Objects.equals(
                            s.getStatus().getCurrentRevision(), s.getStatus().getUpdateRevision()),
                90,
                TimeUnit.SECONDS);
    assertThat(rolled.getStatus().getObservedGeneration())
        .isEqualTo(rolled.getMetadata().getGeneration());
  }

  private static PodTemplateSpec podTemplate(String app) {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .withLabels(Map.of("app", app))
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName(app)
        .withImage("registry.local/" + app + ":1.0")
        .endContainer()
        .endSpec()
        .build();
  }
}
