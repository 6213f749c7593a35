package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DriftDetectorTest {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private static final String LIVE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: a
        namespace: ns
        resourceVersion: "12"
        uid: 1234
        generation: 3
        creationTimestamp: "2026-01-01T00:00:00Z"
        managedFields: [{manager: kustomize-controller, operation: Apply}]
        labels: {app: a}
      data:
        color: blue
        size: "1"
      """;

  record Case(String name, String dryRun, List<String> drifted) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "server-owned metadata is ignored",
            LIVE.replace("\"12\"", "\"13\"").replace("uid: 1234", "uid: 999"),
            List.of()),
        new Case(
            "a changed value", LIVE.replace("color: blue", "color: red"), List.of("/data/color")),
        new Case(
            "an added label",
            LIVE.replace("labels: {app: a}", "labels: {app: a, team: x}"),
            List.of("/metadata/labels/team")),
        new Case(
            "an added annotation",
            LIVE.replace("labels: {app: a}", "labels: {app: a}\n  annotations: {a/b: c}"),
            List.of("/metadata/annotations/a~1b")),
        new Case("status is ignored", LIVE + "status: {phase: x}\n", List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsDriftedFields(Case c) {
    GenericKubernetesResource live = YAML.unmarshal(LIVE, GenericKubernetesResource.class);
    GenericKubernetesResource dryRun = YAML.unmarshal(c.dryRun(), GenericKubernetesResource.class);

    assertThat(DriftDetector.driftedFields(live, dryRun)).as(c.name()).isEqualTo(c.drifted());
    assertThat(DriftDetector.drifted(live, dryRun)).isEqualTo(!c.drifted().isEmpty());
  }
}
