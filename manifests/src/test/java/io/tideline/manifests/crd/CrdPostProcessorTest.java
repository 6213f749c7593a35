package io.tideline.manifests.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class CrdPostProcessorTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private final CrdPostProcessor postProcessor = new CrdPostProcessor(getClass().getClassLoader());

  @Test
  void printerColumnsFollowTheKindsDeclarationOrder() throws Exception {
    ObjectNode crd =
        (ObjectNode)
            YAML.readTree(
                """
                kind: CustomResourceDefinition
                spec:
                  group: source.toolkit.fluxcd.io
                  names: {kind: GitRepository}
                  versions:
                  - name: v1
                    additionalPrinterColumns:
                    - {jsonPath: .metadata.creationTimestamp, name: Age, priority: 0, type: date}
                    - {jsonPath: .spec.url, name: URL, priority: 0, type: string}
                    - {jsonPath: '.status.conditions[?(@.type=="Ready")].message', name: Status, priority: 0, type: string}
                    - {jsonPath: '.status.conditions[?(@.type=="Ready")].status', name: Ready, priority: 0, type: string}
                """);

    postProcessor.process(crd);

    JsonNode columns = crd.path("spec").path("versions").get(0).path("additionalPrinterColumns");
    assertThat(columns.findValuesAsText("name")).containsExactly("URL", "Age", "Ready", "Status");
    assertThat(columns.get(0).has("priority")).isFalse();
  }

  @Test
  void unknownKindsKeepTheGeneratorOrderAndIntegerBoundsBecomeIntegers() throws Exception {
    ObjectNode crd =
        (ObjectNode)
            YAML.readTree(
                """
                kind: CustomResourceDefinition
                spec:
                  group: example.com
                  names: {kind: Widget}
                  versions:
                  - name: v1
                    additionalPrinterColumns:
                    - {jsonPath: .b, name: B, type: string}
                    - {jsonPath: .a, name: A, type: string}
                    schema:
                      openAPIV3Schema:
                        properties:
                          n: {type: integer, minimum: 0.0, maximum: 10.0}
                          x: {type: number, minimum: 0.5}
                """);

    postProcessor.process(crd);

    JsonNode version = crd.path("spec").path("versions").get(0);
    assertThat(version.path("additionalPrinterColumns").findValuesAsText("name"))
        .containsExactly("B", "A");
    JsonNode props = version.path("schema").path("openAPIV3Schema").path("properties");
    assertThat(props.path("n").path("minimum").isInt()).isTrue();
    assertThat(props.path("n").path("maximum").asInt()).isEqualTo(10);
    assertThat(props.path("x").path("minimum").asDouble()).isEqualTo(0.5);
  }
}
