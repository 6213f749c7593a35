package io.tideline.api.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CRD generated from the HelmRelease classes carries Flux's schema rules. */
class HelmReleaseCrdTest {

  private static final String DURATION = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";
  private static final JsonNode CRD = load("helmreleases.helm.toolkit.fluxcd.io-v1.yml");
  private static final JsonNode SPEC = schema("/properties/spec");

  @Test
  void namesAndStatusFollowFlux() {
    assertThat(texts(CRD.at("/spec/names/shortNames"))).containsExactly("hr");
    assertThat(texts(CRD.at("/spec/names/categories")))
        .containsExactly("all", "fluxcd", "fluxcd-appliers");
    assertThat(CRD.at("/metadata/annotations/kustomize.toolkit.fluxcd.io~1substitute").asText())
        .isEqualTo("disabled");
    assertThat(CRD.at("/spec/versions/0/name").asText()).isEqualTo("v2");
    assertThat(CRD.at("/spec/versions/0/subresources/status").isObject()).isTrue();
    assertThat(schema("/properties/status/default").toString())
        .isEqualTo("{\"observedGeneration\":-1}");
  }

  @Test
  void celRulesOfFluxArePresent() {
    assertThat(rules(SPEC))
        .containsExactly(
            "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))");
    assertThat(rules(SPEC.at("/properties/install/properties/strategy")))
        .containsExactly("!has(self.retryInterval) || self.name != 'RemediateOnFailure'");
    assertThat(rules(SPEC.at("/properties/upgrade/properties/strategy")))
        .containsExactly("!has(self.retryInterval) || self.name == 'RetryOnFailure'");
    assertThat(rules(SPEC.at("/properties/kubeConfig"))).hasSize(2);
  }

  static Stream<String> durationFields() {
    return Stream.of(
        "/properties/interval",
        "/properties/timeout",
        "/properties/chart/properties/spec/properties/interval",
        "/properties/install/properties/timeout",
        "/properties/install/properties/strategy/properties/retryInterval",
        "/properties/upgrade/properties/timeout",
        "/properties/upgrade/properties/strategy/properties/retryInterval",
        "/properties/test/properties/timeout",
        "/properties/rollback/properties/timeout",
        "/properties/uninstall/properties/timeout");
  }

  @ParameterizedTest
  @MethodSource("durationFields")
  void durationFieldsUseTheGoDurationPattern(String path) {
    assertThat(SPEC.at(path + "/pattern").asText()).isEqualTo(DURATION);
  }

  @Test
  void defaultsEnumsAndLimits() {
    JsonNode chartSpec = SPEC.at("/properties/chart/properties/spec");
    assertThat(chartSpec.at("/properties/version/default").asText()).isEqualTo("*");
    assertThat(chartSpec.at("/properties/reconcileStrategy/default").asText())
        .isEqualTo("ChartVersion");
    assertThat(texts(chartSpec.at("/required"))).containsExactlyInAnyOrder("chart", "sourceRef");
    assertThat(texts(chartSpec.at("/properties/sourceRef/properties/kind/enum")))
        .containsExactlyInAnyOrder("HelmRepository", "GitRepository", "Bucket");
    assertThat(SPEC.at("/properties/uninstall/properties/deletionPropagation/default").asText())
        .isEqualTo("background");
    assertThat(SPEC.at("/properties/releaseName/maxLength").asInt()).isEqualTo(53);
    assertThat(SPEC.at("/properties/targetNamespace/maxLength").asInt()).isEqualTo(63);
    assertThat(texts(SPEC.at("/properties/driftDetection/properties/mode/enum")))
        .containsExactlyInAnyOrder("enabled", "warn", "disabled");
    assertThat(SPEC.at("/properties/values/x-kubernetes-preserve-unknown-fields").asBoolean())
        .isTrue();
    assertThat(SPEC.at("/properties/values/type").isMissingNode()).isTrue();
    assertThat(texts(SPEC.at("/required"))).containsExactly("interval");
  }

  private static List<String> rules(JsonNode node) {
    List<String> rules = new ArrayList<>();
    node.path("x-kubernetes-validations").forEach(r -> rules.add(r.get("rule").asText()));
    return rules;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode schema(String path) {
    return CRD.at("/spec/versions/0/schema/openAPIV3Schema" + path);
  }

  private static JsonNode load(String file) {
    String path = "/META-INF/fabric8/" + file;
    try (InputStream in = HelmReleaseCrdTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("generated CRD not on the classpath: " + path);
      }
      return new KubernetesSerialization()
          .unmarshal(new String(in.readAllBytes(), StandardCharsets.UTF_8), JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
