package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * kstatus health waiting on real workloads: kube-controller-manager rolls Deployments out (the
 * harness runs no scheduler, so pods stay Pending; the fixture scales to zero).
 */
@KubeApiServerTest(workloads = true)
class HealthWaiterIT {

  private static final String MANAGER = "kustomize-controller";

  @Test
  void waitsUntilDeploymentIsRolledOut(KubernetesClient client, TestNamespace ns) {
    ClusterObjects objects = new ClusterObjects(client, new RestMapper(client), MANAGER);
    ChangeSet applied =
        new ServerSideApplier(objects)
            .apply(
                Fixtures.load("deployment-health", ns.name()),
                ApplyOptions.kustomizeDefaults(MANAGER, false, List.of()));

    Optional<String> failure =
        new HealthWaiter(objects)
            .await(
                applied.entries().stream().map(ChangeSetEntry::ref).toList(),
                HealthWaiter.Options.of(Duration.ofSeconds(90))
                    .withInterval(Duration.ofSeconds(1)));

    assertThat(failure).isEmpty();
    assertThat(
            client
                .apps()
                .deployments()
                .inNamespace(ns.name())
                .withName("healthy")
                .get()
                .getStatus()
                .getObservedGeneration())
        .isEqualTo(1L);
  }

  @Test
  void timesOutNamingTheObjectThatIsNotReady(KubernetesClient client, TestNamespace ns) {
    ClusterObjects objects = new ClusterObjects(client, new RestMapper(client), MANAGER);
    ObjectRef missing = new ObjectRef("apps", "v1", "Deployment", ns.name(), "never-created");

    Optional<String> failure =
        new HealthWaiter(objects)
            .await(
                List.of(missing),
                HealthWaiter.Options.of(Duration.ofSeconds(2))
                    .withInterval(Duration.ofMillis(500)));

    assertThat(failure)
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("timeout waiting for: [Deployment/" + ns.name() + "/never-created")
                    .contains("status: 'NotFound'"));
  }
}
