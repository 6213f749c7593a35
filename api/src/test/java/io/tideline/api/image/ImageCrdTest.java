package io.tideline.api.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CRDs generated from the image classes carry Flux's schema rules. */
class ImageCrdTest {

  private static final JsonNode REPOSITORY = load("imagerepositories.image.toolkit.fluxcd.io");
  private static final JsonNode POLICY = load("imagepolicies.image.toolkit.fluxcd.io");
  private static final JsonNode AUTOMATION = load("imageupdateautomations.image.toolkit.fluxcd.io");

  @Test
  void everyKindHasStatusDefaultAndFluxNames() {
    for (JsonNode crd : List.of(REPOSITORY, POLICY, AUTOMATION)) {
      assertThat(schema(crd, "/status/default").toString())
          .isEqualTo("{\"observedGeneration\":-1}");
      assertThat(texts(crd.at("/spec/names/categories")))
          .containsExactly("all", "fluxcd", "fluxcd-images");
      assertThat(crd.at("/spec/versions/0/subresources/status").isObject()).isTrue();
    }
    assertThat(texts(REPOSITORY.at("/spec/names/shortNames")))
        .containsExactly("imgrepo", "imagerepo");
    assertThat(texts(POLICY.at("/spec/names/shortNames"))).containsExactly("imgpol", "imagepol");
    assertThat(texts(AUTOMATION.at("/spec/names/shortNames")))
        .containsExactly("iua", "imgupd", "imgauto");
  }

  @Test
  void imageRepositoryTimeoutHasNoHoursAndExclusionListIsBounded() {
    assertThat(schema(REPOSITORY, "/spec/properties/timeout/pattern").asText())
        .isEqualTo("^([0-9]+(\\.[0-9]+)?(ms|s|m))+$");
    assertThat(schema(REPOSITORY, "/spec/properties/exclusionList/maxItems").asInt()).isEqualTo(25);
    assertThat(texts(schema(REPOSITORY, "/spec/properties/exclusionList/default")))
        .containsExactly("^.*\\.sig$");
    assertThat(schema(REPOSITORY, "/spec/properties/provider/default").asText())
        .isEqualTo("generic");
    assertThat(texts(schema(REPOSITORY, "/spec/required")))
        .containsExactlyInAnyOrder("image", "interval");
  }

  @Test
  void imagePolicyIntervalRulesAndDefaults() {
    assertThat(rules(schema(POLICY, "/spec")))
        .containsExactly(
            "!has(self.interval) || (has(self.digestReflectionPolicy) &&"
                + " self.digestReflectionPolicy == 'Always')",
            "has(self.interval) || !has(self.digestReflectionPolicy) ||"
                + " self.digestReflectionPolicy != 'Always'");
    assertThat(schema(POLICY, "/spec/properties/digestReflectionPolicy/default").asText())
        .isEqualTo("Never");
    assertThat(
            schema(POLICY, "/spec/properties/policy/properties/numerical/properties/order/default")
                .asText())
        .isEqualTo("asc");
    assertThat(texts(schema(POLICY, "/spec/required")))
        .containsExactlyInAnyOrder("imageRepositoryRef", "policy");
  }

  @Test
  void automationDefaultsUpdateAndSourceKind() {
    assertThat(schema(AUTOMATION, "/spec/properties/update/default").toString())
        .isEqualTo("{\"strategy\":\"Setters\"}");
    assertThat(schema(AUTOMATION, "/spec/properties/sourceRef/properties/kind/default").asText())
        .isEqualTo("GitRepository");
    assertThat(texts(schema(AUTOMATION, "/spec/properties/git/required")))
        .containsExactly("commit");
    assertThat(
            texts(
                schema(
                    AUTOMATION,
                    "/spec/properties/git/properties/commit/properties/author/required")))
        .containsExactly("email");
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

  private static JsonNode schema(JsonNode crd, String path) {
    return crd.at("/spec/versions/0/schema/openAPIV3Schema/properties" + path);
  }

  private static JsonNode load(String name) {
    String path = "/META-INF/fabric8/" + name + "-v1.yml";
    try (InputStream in = ImageCrdTest.class.getResourceAsStream(path)) {
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
