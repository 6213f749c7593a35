package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreEventFactoryTest {

  final MutableClock clock = MutableClock.at("2026-11-21T10:00:00.123456789Z");
  final CoreEventFactory factory = new CoreEventFactory("source-controller", "pod-1", clock);

  @Test
  void buildsAFluxShapedCoreEvent() {
    TestObject object = TestObject.named("flux-system", "podinfo", 3);
    object.getMetadata().setUid("uid-1");
    object.getMetadata().setResourceVersion("42");

    Event event =
        factory.create(
            object,
            EventType.Normal,
            "NewArtifact",
            "stored artifact for commit 'abc'",
            Map.of("revision", "main@sha1:abc", "token", "t"));

    assertThat(event.getMetadata().getName()).startsWith("podinfo.");
    assertThat(event.getMetadata().getNamespace()).isEqualTo("flux-system");
    assertThat(event.getMetadata().getAnnotations())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "source.toolkit.fluxcd.io/revision", "main@sha1:abc",
                "source.toolkit.fluxcd.io/token", "t"));
    assertThat(event.getInvolvedObject().getKind()).isEqualTo("GitRepository");
    assertThat(event.getInvolvedObject().getApiVersion()).isEqualTo("source.toolkit.fluxcd.io/v1");
    assertThat(event.getInvolvedObject().getUid()).isEqualTo("uid-1");
    assertThat(event.getInvolvedObject().getResourceVersion()).isEqualTo("42");
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getReason()).isEqualTo("NewArtifact");
    assertThat(event.getSource().getComponent()).isEqualTo("source-controller");
    assertThat(event.getReportingComponent()).isEqualTo("source-controller");
    assertThat(event.getReportingInstance()).isEqualTo("pod-1");
    assertThat(event.getFirstTimestamp()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(event.getLastTimestamp()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(event.getCount()).isEqualTo(1);
  }

  @Test
  void copiesTheObjectsEventToolkitAnnotations() {
    TestObject object = TestObject.named("ns", "a", 1);
    object
        .getMetadata()
        .setAnnotations(
            Map.of(
                "event.toolkit.fluxcd.io/commit", "abc123",
                "event.toolkit.fluxcd.io/change_request", "42",
                "team", "payments"));

    Event event =
        factory.create(object, EventType.Normal, "R", "m", Map.of("revision", "main@sha1:abc"));

    assertThat(event.getMetadata().getAnnotations())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "event.toolkit.fluxcd.io/commit", "abc123",
                "event.toolkit.fluxcd.io/change_request", "42",
                "source.toolkit.fluxcd.io/revision", "main@sha1:abc"));
  }

  @Test
  void redactsAndLimitsMessages() {
    TestObject object = TestObject.named("ns", "a", 1);
    Event event =
        factory.create(
            object,
            EventType.Warning,
            "GitOperationFailed",
            "clone https://u:p@h/r failed " + "x".repeat(50_000),
            Map.of());

    assertThat(event.getMessage()).startsWith("clone https://***@h/r failed");
    assertThat(event.getMessage()).hasSize(CoreEventFactory.MAX_MESSAGE_LENGTH).endsWith("...");
  }

  @Test
  void namesAreUniqueEvenWithinOneClockTick() {
    TestObject object = TestObject.named("ns", "a", 1);
    String first =
        factory.create(object, EventType.Normal, "R", "m", Map.of()).getMetadata().getName();
    String second =
        factory.create(object, EventType.Normal, "R", "m", Map.of()).getMetadata().getName();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void identicalEventsShareAnAggregationKeyAndDifferentOnesDoNot() {
    TestObject object = TestObject.named("ns", "a", 1);
    var one =
        CoreEventFactory.keyOf(
            factory.create(object, EventType.Warning, "R", "m", Map.of("revision", "r1")));
    var same =
        CoreEventFactory.keyOf(
            factory.create(object, EventType.Warning, "R", "m", Map.of("revision", "r1")));
    var otherRevision =
        CoreEventFactory.keyOf(
            factory.create(object, EventType.Warning, "R", "m", Map.of("revision", "r2")));
    var otherMessage =
        CoreEventFactory.keyOf(
            factory.create(object, EventType.Warning, "R", "m2", Map.of("revision", "r1")));

    assertThat(one).isEqualTo(same).isNotEqualTo(otherRevision).isNotEqualTo(otherMessage);
  }

  @Test
  void coreGroupObjectsGetUnprefixedAnnotationsAndClusterScopedOnesLandInDefault() {
    var configMap = new ConfigMapBuilder().withNewMetadata().withName("cm").endMetadata().build();
    Event event = factory.create(configMap, EventType.Normal, "R", "m", Map.of("revision", "r"));
    assertThat(event.getMetadata().getAnnotations()).containsEntry("revision", "r");
    assertThat(event.getMetadata().getNamespace()).isEqualTo("default");
  }
}
