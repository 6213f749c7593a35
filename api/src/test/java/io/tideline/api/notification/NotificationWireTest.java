package io.tideline.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.notification.v1.FluxKind;
import io.tideline.api.notification.v1.Receiver;
import io.tideline.api.notification.v1.ReceiverResource;
import io.tideline.api.notification.v1.ReceiverType;
import io.tideline.api.notification.v1beta3.Alert;
import io.tideline.api.notification.v1beta3.EventSeverity;
import io.tideline.api.notification.v1beta3.Provider;
import io.tideline.api.notification.v1beta3.ProviderType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Notification kind wire samples read into the Java types and written back unchanged. */
class NotificationWireTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static {
    SERIALIZATION.registerKubernetesResource(Provider.class);
    SERIALIZATION.registerKubernetesResource(Alert.class);
    SERIALIZATION.registerKubernetesResource(Receiver.class);
  }

  record Case(String file, Class<? extends HasMetadata> type) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> samples() {
    return Stream.of(
        new Case("provider-github.yaml", Provider.class),
        new Case("alert.yaml", Alert.class),
        new Case("receiver-oidc.yaml", Receiver.class));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripKeepsEveryField(Case c) {
    String yaml = read(c.file());

    JsonNode original = SERIALIZATION.unmarshal(yaml, JsonNode.class);
    HasMetadata typed = SERIALIZATION.unmarshal(yaml, c.type());
    JsonNode written = SERIALIZATION.unmarshal(SERIALIZATION.asJson(typed), JsonNode.class);

    assertThat(typed).isInstanceOf(c.type());
    assertThat(written).isEqualTo(original);
  }

  @Test
  void providerAndAlertHaveNoStatusOnTheWire() {
    Provider provider = SERIALIZATION.unmarshal(read("provider-github.yaml"), Provider.class);
    Alert alert = SERIALIZATION.unmarshal(read("alert.yaml"), Alert.class);

    assertThat(provider.getStatus()).isNull();
    assertThat(SERIALIZATION.convertValue(alert, JsonNode.class).has("status")).isFalse();
    assertThat(provider.getSpec().getType()).isEqualTo(ProviderType.GITHUB);
    assertThat(alert.getSpec().getEventSeverity()).isEqualTo(EventSeverity.ERROR);
    assertThat(alert.getSpec().getEventSources().get(1).getMatchLabels())
        .containsEntry("team", "web");
  }

  @Test
  void receiverResourceInlinesTheObjectReference() {
    Receiver receiver = SERIALIZATION.unmarshal(read("receiver-oidc.yaml"), Receiver.class);
    ReceiverResource images = receiver.getSpec().getResources().get(1);

    assertThat(receiver.getSpec().getType()).isEqualTo(ReceiverType.GENERIC_OIDC);
    assertThat(images.getKind()).isEqualTo(FluxKind.IMAGE_REPOSITORY);
    assertThat(images.getName()).isEqualTo("*");
    assertThat(images.getFilter()).startsWith("res.metadata.name");
    assertThat(receiver.getSpec().getOidcProviders().get(0).getValidations()).hasSize(1);
    assertThat(receiver.getStatus().getWebhookPath()).startsWith("/hook/");
    assertThat(receiver.interval()).isEqualTo("1h");
    assertThat(receiver.suspended()).isTrue();
  }

  @Test
  void providerTypesAreExactlyFluxs34() {
    assertThat(Arrays.stream(ProviderType.values()).map(ProviderType::value))
        .containsExactly(
            "slack",
            "discord",
            "msteams",
            "rocket",
            "generic",
            "generic-hmac",
            "github",
            "gitlab",
            "gitea",
            "giteapullrequestcomment",
            "bitbucketserver",
            "bitbucket",
            "azuredevops",
            "googlechat",
            "googlepubsub",
            "webex",
            "sentry",
            "azureeventhub",
            "telegram",
            "lark",
            "matrix",
            "opsgenie",
            "alertmanager",
            "grafana",
            "githubdispatch",
            "githubpullrequestcomment",
            "gitlabmergerequestcomment",
            "pagerduty",
            "datadog",
            "nats",
            "zulip",
            "otel",
            "zoom",
            "incident.io");
  }

  @ParameterizedTest
  @EnumSource(ProviderType.class)
  void everyProviderTypeRoundTrips(ProviderType type) {
    String json = SERIALIZATION.asJson(type);

    assertThat(json).isEqualTo("\"" + type.value() + "\"");
    assertThat(SERIALIZATION.unmarshal(json, ProviderType.class)).isSameAs(type);
    assertThat(ProviderType.fromValue(type.value())).isSameAs(type);
  }

  @ParameterizedTest
  @EnumSource(ReceiverType.class)
  void everyReceiverTypeRoundTrips(ReceiverType type) {
    String json = SERIALIZATION.asJson(type);

    assertThat(SERIALIZATION.unmarshal(json, ReceiverType.class)).isSameAs(type);
    assertThat(type).hasToString(json.replace("\"", ""));
  }

  @Test
  void unknownProviderTypeIsRejectedByName() {
    assertThatThrownBy(() -> ProviderType.fromValue("teams"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'teams'");
  }

  static String read(String file) {
    String path = "/testdata/notification/" + file;
    try (InputStream in = NotificationWireTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
