package io.tideline.runtime.kstatus;

import static io.tideline.runtime.kstatus.ResourceStatus.Current;
import static io.tideline.runtime.kstatus.ResourceStatus.Failed;
import static io.tideline.runtime.kstatus.ResourceStatus.InProgress;
import static io.tideline.runtime.kstatus.ResourceStatus.Terminating;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KstatusEvaluatorTest {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  record Case(String fixture, ResourceStatus status, String message) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("deployment-current", Current, "Deployment is available. Replicas: 3"),
        new Case("deployment-scaling-up", InProgress, "Replicas: 1/3"),
        new Case("deployment-rolling-update", InProgress, "Updated: 2/3"),
        new Case("deployment-old-pods-terminating", InProgress, "Pending termination: 1"),
        new Case("deployment-not-ready", InProgress, "Ready: 1/3"),
        new Case("deployment-unavailable", InProgress, "Available: 1/3"),
        new Case("deployment-progress-deadline", Failed, "Progress deadline exceeded"),
        new Case(
            "deployment-generation-not-observed",
            InProgress,
            "Deployment generation is 5, but latest observed generation is 4"),
        new Case("deployment-no-progressing-condition", InProgress, "ReplicaSet not Available"),
        new Case("deployment-no-deadline", Current, "Deployment is available. Replicas: 3"),
        new Case("deployment-terminating", Terminating, "Resource scheduled for deletion"),
        new Case("deployment-no-status", InProgress, "Replicas: 0/2"),
        new Case("deployment-scaled-to-zero", Current, "Deployment is available. Replicas: 0"),
        new Case("statefulset-current", Current, "All replicas scheduled as expected. Replicas: 3"),
        new Case("statefulset-not-ready", InProgress, "Ready: 2/3"),
        new Case(
            "statefulset-revision-rolling",
            InProgress,
            "Waiting for updated revision to match current"),
        new Case("statefulset-partition-done", Current, "Partition rollout complete. updated: 1"),
        new Case("statefulset-partition-pending", InProgress, "updated: 1/2"),
        new Case("statefulset-ondelete", Current, "ondelete update strategy"),
        new Case("statefulset-missing-replicas", InProgress, "Replicas: 2/3"),
        new Case("daemonset-current", Current, "All replicas scheduled as expected. Replicas: 4"),
        new Case("daemonset-updating", InProgress, "Updated: 2/4"),
        new Case("daemonset-not-ready", InProgress, "Available: 3/4"),
        new Case("daemonset-available-not-ready", InProgress, "Ready: 3/4"),
        new Case(
            "daemonset-no-observed-generation",
            InProgress,
            "DaemonSet status.observedGeneration not found"),
        new Case("daemonset-no-desired", InProgress, "Missing .status.desiredNumberScheduled"),
        new Case("replicaset-current", Current, "ReplicaSet is available. Replicas: 2"),
        new Case("replicaset-not-available", InProgress, "Available: 1/2"),
        new Case("replicaset-replica-failure", InProgress, "Replica Failure condition"),
        new Case("pod-ready", Current, "Pod is Ready"),
        new Case("pod-running-not-ready", InProgress, "Pod is running but is not Ready"),
        new Case("pod-succeeded", Current, "Pod has completed successfully"),
        new Case("pod-failed", Failed, "Pod has completed, but not successfully"),
        new Case("pod-pending", InProgress, "Pod is in the Pending phase"),
        new Case("pod-crashloop", Failed, "Containers in CrashLoop state: app"),
        new Case("pod-phase-missing", InProgress, "Pod phase not available"),
        new Case("pod-unknown-phase", ResourceStatus.Unknown, "unknown Pod phase Weird"),
        new Case("pod-unschedulable", Failed, "Pod could not be scheduled: 0/3 nodes"),
        new Case("job-complete", Current, "Job Completed. succeeded: 1/1"),
        new Case("job-failed", Failed, "Job Failed. failed: 6/1"),
        new Case("job-running", InProgress, "Job in progress. success:1, active: 2, failed: 0"),
        new Case("job-suspended", Current, "Job is suspended"),
        new Case("cronjob", Current, "Resource is always ready"),
        new Case("secret", Current, "Resource is always ready"),
        new Case("job-not-started", InProgress, "Job not started"),
        new Case("pvc-bound", Current, "PVC is Bound"),
        new Case("pvc-pending", InProgress, "PVC is not Bound. phase: Pending"),
        new Case("service-clusterip", Current, "Service is ready"),
        new Case(
            "service-loadbalancer-no-clusterip",
            InProgress,
            "ClusterIP not set. Service type: LoadBalancer"),
        new Case("service-loadbalancer-pending", InProgress, "LoadBalancer has no ingress"),
        new Case("service-loadbalancer-ready", Current, "Service is ready"),
        new Case("crd-established", Current, "CRD is established"),
        new Case("crd-names-conflict", Failed, "PluralConflict: \"widgets\" is already in use"),
        new Case("crd-not-established", Failed, "NotAccepted: not all names are accepted"),
        new Case("crd-installing", InProgress, "Install in progress"),
        new Case("namespace-active", Current, "Namespace is active"),
        new Case("namespace-terminating", Terminating, "Namespace is terminating"),
        new Case("pdb-met", Current, "AllowedDisruptions has been computed."),
        new Case("pdb-not-met", Current, "AllowedDisruptions has been computed."),
        new Case("pdb-no-status", Current, "AllowedDisruptions has been computed."),
        new Case("configmap-no-status", Current, "Resource is always ready"),
        new Case("flux-ready", Current, "Applied revision: main@sha1:abc"),
        new Case("flux-not-ready", InProgress, "kustomization.yaml: accumulating resources"),
        new Case("flux-ready-unknown", InProgress, "reconciliation in progress"),
        new Case("flux-reconciling", InProgress, "processing object: new generation 1 -> 2"),
        new Case("flux-stalled", Failed, "spec.url: no scheme"),
        new Case(
            "flux-generation-not-observed",
            InProgress,
            "Kustomization generation is 3, but latest observed generation is 2"),
        new Case("flux-never-reconciled", InProgress, "latest observed generation is -1"),
        new Case("custom-no-conditions", Current, "Resource is current"),
        new Case("custom-conditions-without-ready", Current, "Resource is current"));
  }

  static Map<String, Object> load(String fixture) {
    String path = "/testdata/kstatus/" + fixture + ".yaml";
    try (InputStream in = KstatusEvaluatorTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return YAML.readValue(in, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void computesStatusFromFixture(Case tc) {
    KstatusResult result = KstatusEvaluator.compute(load(tc.fixture()));

    assertThat(result.status()).as(tc.fixture()).isEqualTo(tc.status());
    assertThat(result.message()).as(tc.fixture()).contains(tc.message());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givesTheSameAnswerForAFabric8GenericResource(Case tc) {
    GenericKubernetesResource resource =
        Serialization.jsonMapper()
            .convertValue(load(tc.fixture()), GenericKubernetesResource.class);

    assertThat(KstatusEvaluator.compute(resource))
        .isEqualTo(KstatusEvaluator.compute(load(tc.fixture())));
  }

  @Test
  void anUnschedulablePodGets15SecondsBeforeItCountsAsFailed() {
    Map<String, Object> pod = load("pod-unschedulable-recent");
    Instant created = Instant.parse("2026-11-21T10:00:00Z");

    assertThat(KstatusEvaluator.compute(pod, created.plusSeconds(10)))
        .isEqualTo(new KstatusResult(InProgress, "Pod has not been scheduled"));
    assertThat(KstatusEvaluator.compute(pod, created.plusSeconds(16)).status()).isEqualTo(Failed);
  }

  @Test
  void missingObjectIsNotFound() {
    assertThat(KstatusEvaluator.compute((Map<String, Object>) null).status())
        .isEqualTo(ResourceStatus.NotFound);
  }
}
