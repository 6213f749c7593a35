package io.tideline.manifests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.meta.Reconcilable;
import io.tideline.manifests.crd.KindClasses;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies the Flux-format corpus under {@code testdata/conformance/} to a real kube-apiserver that
 * has {@code manifests/crds/} installed: every valid manifest is accepted and reads back exactly as
 * Flux's CRDs would return it (defaults filled, {@code status.observedGeneration: -1}) and survives
 * a round trip through its Java type; every invalid one is rejected with the expected field and
 * message.
 */
@KubeApiServerTest
class ApiConformanceIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<ConformanceCase> validCases() {
    return ConformanceCase.load("valid");
  }

  static Stream<ConformanceCase> invalidCases() {
    return ConformanceCase.load("invalid");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void validManifestReadsBackAsFluxWould(
      ConformanceCase c, KubernetesClient client, TestNamespace ns) throws Exception {
    GenericKubernetesResource created = client.resource(toResource(client, c, ns)).create();
    GenericKubernetesResource readBack =
        client
            .genericKubernetesResources(c.apiVersion(), c.kind())
            .inNamespace(ns.name())
            .withName(created.getMetadata().getName())
            .get();
    ObjectNode actual = tree(client.getKubernetesSerialization().asJson(readBack));

    assertThat(c.readBack()).as("%s has no read-back document", c).isNotNull();
    for (String field : new String[] {"spec", "status"}) {
      assertThat(actual.get(field))
          .as("%s: .%s read back from the API server", c, field)
          .isEqualTo(tree(c.readBack().get(field)));
    }

    Optional<Class<?>> type =
        KindClasses.forApiVersion(getClass().getClassLoader(), c.apiVersion(), c.kind());
    assertThat(type).as("Java type of %s %s", c.apiVersion(), c.kind()).isPresent();
    if (Reconcilable.class.isAssignableFrom(type.get())) {
      assertThat(actual.path("status").path("observedGeneration").asLong())
          .as("%s: a fresh object's status.observedGeneration", c)
          .isEqualTo(-1L);
    }
    assertJavaTypeKeepsEveryField(c, type.get().asSubclass(HasMetadata.class), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidManifestIsRejectedNamingTheField(
      ConformanceCase c, KubernetesClient client, TestNamespace ns) {
    assertThat(c.expectedErrors()).as("%s declares no '# expect:' line", c).isNotEmpty();
    GenericKubernetesResource resource = toResource(client, c, ns);

    assertThatThrownBy(() -> client.resource(resource).create())
        .as("%s must be rejected by the API server", c)
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).as("%s: HTTP status", c).isEqualTo(422);
              for (String fragment : c.expectedErrors()) {
                assertThat(e.getMessage()).as("%s: rejection message", c).contains(fragment);
              }
            });
  }

  /** Reading the API server's object into the Java type and writing it back loses nothing. */
  private static void assertJavaTypeKeepsEveryField(
      ConformanceCase c, Class<? extends HasMetadata> type, ObjectNode actual) throws Exception {
    KubernetesSerialization serialization = new KubernetesSerialization();
    serialization.registerKubernetesResource(type);
    HasMetadata typed = serialization.unmarshal(actual.toString(), type);
    ObjectNode written = tree(serialization.asJson(typed));
    for (String field : new String[] {"spec", "status"}) {
      assertThat(withoutZeroValues(written.get(field)))
          .as("%s: .%s after a round trip through %s", c, field, type.getSimpleName())
          .isEqualTo(withoutZeroValues(actual.get(field)));
    }
  }

  private static GenericKubernetesResource toResource(
      KubernetesClient client, ConformanceCase c, TestNamespace ns) {
    ObjectNode manifest = c.manifest().deepCopy();
    ((ObjectNode) manifest.with("metadata")).put("namespace", ns.name());
    return client
        .getKubernetesSerialization()
        .unmarshal(manifest.toString(), GenericKubernetesResource.class);
  }

  private static ObjectNode tree(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json);
  }

  /** Normalises number node types (YAML vs JSON parsing) by a JSON round trip. */
  private static JsonNode tree(JsonNode node) throws Exception {
    return node == null ? null : JSON.readTree(JSON.writeValueAsString(node));
  }

  /**
   * Drops object fields holding Go zero values (false, 0, "", empty list or object): Go's {@code
   * omitempty}, which the Java types follow on write, makes them equivalent to absent ones.
   */
  private static JsonNode withoutZeroValues(JsonNode node) {
    if (node == null || isZero(node)) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      node.fields()
          .forEachRemaining(
              e -> {
                JsonNode value = withoutZeroValues(e.getValue());
                if (value != null) {
                  copy.set(e.getKey(), value);
                }
              });
      return copy.isEmpty() ? null : copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(item.isObject() ? orEmpty(withoutZeroValues(item)) : item));
      return copy;
    }
    return node;
  }

  private static JsonNode orEmpty(JsonNode node) {
    return node == null ? JSON.createObjectNode() : node;
  }

  private static boolean isZero(JsonNode node) {
    return (node.isBoolean() && !node.asBoolean())
        || (node.isNumber() && node.asDouble() == 0)
        || (node.isTextual() && node.asText().isEmpty())
        || (node.isContainerNode() && node.isEmpty());
  }
}
