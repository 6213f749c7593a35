package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.runtime.TestObject;
import io.tideline.testsupport.http.EventReceiver;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One {@code record} call writes a Kubernetes Event and POSTs the Flux event JSON. */
@KubeApiServerTest
class ControllerEventsIT {

  @Test
  void recordsInTheClusterAndForwardsToTheEventsAddress(KubernetesClient client, TestNamespace ns)
      throws Exception {
    TestObject object = client.resource(TestObject.named(ns.name(), "podinfo", 1)).create();
    try (EventReceiver receiver = EventReceiver.start();
        ControllerEvents events =
            ControllerEvents.start(
                client, "source-controller", "source-controller-0", receiver.url().toString())) {
      assertThat(events.forwarding()).isTrue();

      events.record(
          object,
          EventType.Normal,
          "NewArtifact",
          "stored artifact for commit 'first'",
          Map.of("revision", "main@sha1:abc"));
      events.record(object, EventType.Trace, "ArtifactUpToDate", "up to date", Map.of());

      await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.requests().isEmpty());
      List<Event> stored = client.v1().events().inNamespace(ns.name()).list().getItems();
      assertThat(stored)
          .extracting(Event::getReason, Event::getType)
          .containsExactlyInAnyOrder(
              tuple("NewArtifact", "Normal"), tuple("ArtifactUpToDate", "Normal"));
      events.close();
      assertThat(receiver.requests()).hasSize(1);
      JsonNode posted = new ObjectMapper().readTree(receiver.requests().get(0).body());
      assertThat(posted.get("involvedObject").get("uid").asText())
          .isEqualTo(object.getMetadata().getUid());
      assertThat(posted.get("reason").asText()).isEqualTo("NewArtifact");
      assertThat(posted.get("metadata").get("source.toolkit.fluxcd.io/revision").asText())
          .isEqualTo("main@sha1:abc");
    }
  }

  @Test
  void withoutAnAddressOnlyKubernetesEventsAreWritten(KubernetesClient client, TestNamespace ns) {
    TestObject object = client.resource(TestObject.named(ns.name(), "podinfo", 1)).create();
    try (ControllerEvents events =
        ControllerEvents.start(client, "kustomize-controller", "x", "")) {
      assertThat(events.forwarding()).isFalse();

      events.record(object, EventType.Warning, "BuildFailed", "kustomize build failed", Map.of());
    }

    assertThat(client.v1().events().inNamespace(ns.name()).list().getItems())
        .extracting(Event::getReason, Event::getType)
        .containsExactly(tuple("BuildFailed", "Warning"));
  }

  @Test
  void aBadAddressFailsWithoutShowingCredentials(KubernetesClient client) {
    assertThatThrownBy(
            () ->
                ControllerEvents.start(
                    client, "kustomize-controller", "x", "http://user:hunter2@nc .local/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid events address")
        .hasMessageNotContaining("hunter2")
        .hasNoCause();
  }
}
