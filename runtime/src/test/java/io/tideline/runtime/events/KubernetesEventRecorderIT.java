package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core/v1 Events written to a real API server. */
@KubeApiServerTest
class KubernetesEventRecorderIT {

  final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");

  KubernetesEventRecorder recorder(KubernetesClient client) {
    return new KubernetesEventRecorder(
        client, new CoreEventFactory("source-controller", "pod-0", clock), 16);
  }

  List<Event> events(KubernetesClient client, TestNamespace ns) {
    return client.v1().events().inNamespace(ns.name()).list().getItems().stream()
        .sorted(Comparator.comparing(e -> e.getMetadata().getName()))
        .toList();
  }

  @Test
  void writesEventsWithFluxAnnotationsOnTheObject(KubernetesClient client, TestNamespace ns) {
    TestObject object = client.resource(TestObject.named(ns.name(), "podinfo", 1)).create();

    recorder(client)
        .record(
            object,
            EventType.Normal,
            "NewArtifact",
            "stored artifact for commit 'Merge pull request'",
            Map.of("revision", "main@sha1:abc", "token", "t1"));

    List<Event> events = events(client, ns);
    assertThat(events).hasSize(1);
    Event event = events.get(0);
    assertThat(event.getMetadata().getAnnotations())
        .containsEntry("source.toolkit.fluxcd.io/revision", "main@sha1:abc")
        .containsEntry("source.toolkit.fluxcd.io/token", "t1");
    assertThat(event.getInvolvedObject().getKind()).isEqualTo("GitRepository");
    assertThat(event.getInvolvedObject().getName()).isEqualTo("podinfo");
    assertThat(event.getInvolvedObject().getUid()).isEqualTo(object.getMetadata().getUid());
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getReason()).isEqualTo("NewArtifact");
    assertThat(event.getSource().getComponent()).isEqualTo("source-controller");
    assertThat(event.getCount()).isEqualTo(1);
  }

  @Test
  void aggregatesRepeatsIntoOneEventWithACount(KubernetesClient client, TestNamespace ns) {
    TestObject object = client.resource(TestObject.named(ns.name(), "flaky", 1)).create();
    KubernetesEventRecorder recorder = recorder(client);

    for (int i = 0; i < 3; i++) {
      recorder.record(object, EventType.Warning, "GitOperationFailed", "timeout", Map.of());
      clock.advance(Duration.ofSeconds(30));
    }
    recorder.record(
        object, EventType.Warning, "GitOperationFailed", "connection refused", Map.of());

    List<Event> events = events(client, ns);
    assertThat(events).hasSize(2);
    Event repeated =
        events.stream().filter(e -> e.getMessage().equals("timeout")).findFirst().orElseThrow();
    assertThat(repeated.getCount()).isEqualTo(3);
    assertThat(repeated.getFirstTimestamp()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(repeated.getLastTimestamp()).isEqualTo("2026-11-21T10:01:00Z");
  }

  @Test
  void recreatesAnAggregatedEventThatWasDeleted(KubernetesClient client, TestNamespace ns) {
    TestObject object = client.resource(TestObject.named(ns.name(), "gone", 1)).create();
    KubernetesEventRecorder recorder = recorder(client);
    recorder.record(object, EventType.Warning, "Failed", "x", Map.of());
    client.v1().events().inNamespace(ns.name()).delete();

    recorder.record(object, EventType.Warning, "Failed", "x", Map.of());

    assertThat(events(client, ns))
        .singleElement()
        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("x"));
  }

  @Test
  void neverWritesCredentialsFromUrls(KubernetesClient client, TestNamespace ns) {
    TestObject object = client.resource(TestObject.named(ns.name(), "secret", 1)).create();

    recorder(client)
        .record(
            object,
            EventType.Warning,
            "AuthenticationFailed",
            "failed to clone 'https://git:ghp_s3cr3t@github.com/org/repo.git'",
            Map.of());

    assertThat(events(client, ns))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("ghp_s3cr3t")
                    .contains("https://***@github.com/org/repo.git"));
  }
}
