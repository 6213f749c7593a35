package io.tideline.runtime.ssa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagedFieldsCleanupTest {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final ApplyOptions OPTIONS =
      ApplyOptions.kustomizeDefaults("kustomize-controller", false, List.of());

  private static GenericKubernetesResource live(String annotations) {
    return YAML.unmarshal(
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          namespace: ns
          annotations: %s
          managedFields:
            - manager: kustomize-controller
              operation: Apply
              apiVersion: v1
              fieldsType: FieldsV1
              fieldsV1: {f:data: {f:a: {}}}
            - manager: kubectl-edit
              operation: Update
              apiVersion: v1
              fieldsType: FieldsV1
              fieldsV1: {f:data: {f:b: {}}}
            - manager: someone-else
              operation: Update
              apiVersion: v1
              fieldsType: FieldsV1
              fieldsV1: {f:data: {f:c: {}}}
        """
            .formatted(annotations),
        GenericKubernetesResource.class);
  }

  @Test
  void handsKubectlFieldsToTheControllerAndStripsLastApplied() {
    String patch =
        ManagedFieldsCleanup.patch(
                live("{kubectl.kubernetes.io/last-applied-configuration: '{}'}"),
                OPTIONS.cleanup(),
                "kustomize-controller")
            .orElseThrow();

    assertThat(patch)
        .contains(
            "\"op\":\"remove\",\"path\":\"/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration\"")
        .contains("\"manager\":\"someone-else\"")
        .doesNotContain("kubectl-edit")
        .contains("\"f:a\":{}")
        .contains("\"f:b\":{}");
  }

  @Test
  void mergePolicyObjectsAreLeftAlone() {
    assertThat(
            ManagedFieldsCleanup.patch(
                live("{kustomize.toolkit.fluxcd.io/ssa: merge}"),
                OPTIONS.cleanup(),
                "kustomize-controller"))
        .isEmpty();
  }
}
