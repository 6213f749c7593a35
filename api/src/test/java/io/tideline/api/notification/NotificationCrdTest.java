package io.tideline.api.notification;

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

/** The CRDs generated from the notification classes carry Flux's schema rules. */
class NotificationCrdTest {

  private static final JsonNode PROVIDER = load("providers");
  private static final JsonNode ALERT = load("alerts");
  private static final JsonNode RECEIVER = load("receivers");

  @Test
  void providerAndAlertAreV1beta3WithoutStatus() {
    for (JsonNode crd : List.of(PROVIDER, ALERT)) {
      assertThat(crd.at("/spec/versions/0/name").asText()).isEqualTo("v1beta3");
      assertThat(crd.at("/spec/versions/0/subresources/status").isMissingNode()).isTrue();
      assertThat(schema(crd, "/status").isMissingNode()).isTrue();
      assertThat(texts(crd.at("/spec/names/categories")))
          .containsExactly("all", "fluxcd", "fluxcd-notifications");
    }
  }

  @Test
  void providerSchema() {
    assertThat(schema(PROVIDER, "/spec/properties/type/enum")).hasSize(34);
    assertThat(schema(PROVIDER, "/spec/properties/timeout/pattern").asText())
        .isEqualTo("^([0-9]+(\\.[0-9]+)?(ms|s|m))+$");
    assertThat(schema(PROVIDER, "/spec/properties/address/maxLength").asInt()).isEqualTo(2048);
    assertThat(schema(PROVIDER, "/spec/properties/proxy/pattern").asText())
        .isEqualTo("^(http|https)://.*$");
    assertThat(rules(schema(PROVIDER, "/spec")))
        .singleElement()
        .asString()
        .contains("!has(self.commitStatusExpr)", "self.type == 'azuredevops'");
  }

  @Test
  void alertSchema() {
    assertThat(schema(ALERT, "/spec/properties/eventSeverity/default").asText()).isEqualTo("info");
    assertThat(schema(ALERT, "/spec/properties/summary/maxLength").asInt()).isEqualTo(255);
    assertThat(schema(ALERT, "/spec/properties/eventSources/items/properties/kind/enum"))
        .hasSize(12);
    assertThat(texts(schema(ALERT, "/spec/required")))
        .containsExactlyInAnyOrder("eventSources", "providerRef");
  }

  @Test
  void receiverSchema() {
    assertThat(RECEIVER.at("/spec/versions/0/name").asText()).isEqualTo("v1");
    assertThat(schema(RECEIVER, "/status/default").toString())
        .isEqualTo("{\"observedGeneration\":-1}");
    assertThat(schema(RECEIVER, "/spec/properties/interval/default").asText()).isEqualTo("10m");
    assertThat(schema(RECEIVER, "/spec/properties/type/enum")).hasSize(13);
    JsonNode oidc = schema(RECEIVER, "/spec/properties/oidcProviders/items");
    assertThat(oidc.at("/properties/issuerURL/pattern").asText()).isEqualTo("^https?://");
    assertThat(oidc.at("/properties/validations/minItems").asInt()).isEqualTo(1);
    assertThat(texts(oidc.at("/required"))).containsExactlyInAnyOrder("issuerURL", "validations");
    assertThat(schema(RECEIVER, "/spec/properties/resources/items/properties/filter/type").asText())
        .isEqualTo("string");
    assertThat(rules(schema(RECEIVER, "/spec")))
        .containsExactly(
            "self.type != 'generic-oidc' || (has(self.oidcProviders) &&"
                + " size(self.oidcProviders) > 0)",
            "self.type == 'generic-oidc' || !has(self.oidcProviders) ||"
                + " size(self.oidcProviders) == 0",
            "self.type != 'generic-oidc' || !has(self.secretRef)",
            "self.type == 'generic-oidc' || has(self.secretRef)");
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

  private static JsonNode load(String plural) {
    String path = "/META-INF/fabric8/" + plural + ".notification.toolkit.fluxcd.io-v1.yml";
    try (InputStream in = NotificationCrdTest.class.getResourceAsStream(path)) {
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
