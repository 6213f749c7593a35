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

  @Test
  void schemaMarkersComeFromTheJavaProperties() throws Exception {
    ObjectNode crd =
        (ObjectNode)
            YAML.readTree(
                """
                kind: CustomResourceDefinition
                spec:
                  group: example.toolkit.fluxcd.io
                  names: {kind: Widget}
                  versions:
                  - name: v1
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            properties:
                              items: {type: array, items: {type: object, properties: {name: {type: string}}}}
                              selector: {type: object, additionalProperties: {type: string}}
                              at: {type: string}
                              count: {type: integer}
                              counts: {type: array, items: {type: integer}}
                """);

    postProcessor.process(crd);

    JsonNode root = crd.path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
    JsonNode spec = root.path("properties").path("spec").path("properties");
    assertThat(spec.path("items").path("x-kubernetes-list-type").asText()).isEqualTo("map");
    assertThat(spec.path("items").path("x-kubernetes-list-map-keys").toString())
        .isEqualTo("[\"name\"]");
    assertThat(spec.path("selector").path("x-kubernetes-map-type").asText()).isEqualTo("atomic");
    assertThat(spec.path("at").path("format").asText()).isEqualTo("date-time");
    assertThat(spec.path("count").path("format").asText()).isEqualTo("int64");
    assertThat(spec.path("counts").path("items").path("format").asText()).isEqualTo("int64");
    assertThat(root.path("properties").fieldNames())
        .toIterable()
        .startsWith("apiVersion", "kind", "metadata");
    assertThat(crd.path("spec").path("names").path("listKind").asText()).isEqualTo("WidgetList");
  }
}
