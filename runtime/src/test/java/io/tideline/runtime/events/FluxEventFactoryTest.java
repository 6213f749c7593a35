package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Flux event JSON POSTed to notification-controller, against golden files. */
class FluxEventFactoryTest {

  final MutableClock clock = MutableClock.at("2026-08-07T10:20:00.987654321Z");

  static String golden(String name) throws IOException {
    try (InputStream in =
        FluxEventFactoryTest.class.getResourceAsStream("/testdata/events/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  static Kustomization kustomization() {
    Kustomization object = new Kustomization();
    object.getMetadata().setNamespace("apps");
    object.getMetadata().setName("web");
    object.getMetadata().setUid("6f1c6a8e-0d4b-4c1e-9b7a-2f0e8d1c3b5a");
    object.getMetadata().setResourceVersion("1234");
    object
        .getMetadata()
        .setAnnotations(
            Map.of(
                "event.toolkit.fluxcd.io/team", "web",
                "kustomize.toolkit.fluxcd.io/prune", "disabled"));
    return object;
  }

  @Test
  void kustomizationEventMatchesFluxsJson() throws IOException {
    FluxEventFactory factory =
        new FluxEventFactory("kustomize-controller", "kustomize-controller-7c7b47f5f-8bhrp", clock);

    FluxEvent event =
        factory
            .create(
                kustomization(),
                EventType.Normal,
                "Progressing",
                "Deployment/apps/web configured\nService/apps/web unchanged",
                Map.of(
                    "revision",
                    "main@sha1:aa11bb22cc33dd44ee55ff6677889900aabbccdd",
                    "token",
                    "3f2a"))
            .orElseThrow();

    assertThat(new String(event.toJson(), StandardCharsets.UTF_8))
        .isEqualTo(golden("kustomization-progressing.json"));
  }

  @Test
  void warningWithoutMetadataOmitsItAndRedactsTheMessage() throws IOException {
    FluxEventFactory factory =
        new FluxEventFactory("source-controller", "source-controller-5d4b9c8f7-x2x9q", clock);
    TestObject object = TestObject.named("flux-system", "podinfo", 1);

    FluxEvent event =
        factory
            .create(
                object,
                EventType.Warning,
                "GitOperationFailed",
                "failed to checkout and determine revision: unable to clone"
                    + " 'https://git:ghp_s3cr3t@github.com/org/repo': authentication required",
                Map.of())
            .orElseThrow();

    String json = new String(event.toJson(), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(golden("gitrepository-failure-no-metadata.json"));
    assertThat(json).doesNotContain("ghp_s3cr3t");
  }

  record SeverityCase(EventType type, String coreType, String severity) {}

  static Stream<SeverityCase> severities() {
    return Stream.of(
        new SeverityCase(EventType.Normal, "Normal", "info"),
        new SeverityCase(EventType.Warning, "Warning", "error"),
        new SeverityCase(EventType.Trace, "Normal", "trace"));
  }

  @ParameterizedTest
  @MethodSource("severities")
  void mapsEventTypesLikeFlux(SeverityCase c) {
    assertThat(c.type().coreType()).isEqualTo(c.coreType());
    assertThat(c.type().severity()).isEqualTo(c.severity());
  }

  @Test
  void traceEventsAreNeverPosted() {
    FluxEventFactory factory = new FluxEventFactory("source-controller", "pod", clock);

    assertThat(
            factory.create(
                TestObject.named("ns", "a", 1),
                EventType.Trace,
                "ArtifactUpToDate",
                "artifact up-to-date with remote revision",
                Map.of("revision", "main@sha1:abc")))
        .isEmpty();
  }

  @Test
  void objectsWithoutNamespaceKindOrNameAreNotPosted() {
    FluxEventFactory factory = new FluxEventFactory("source-controller", "pod", clock);
    HasMetadata clusterScoped =
        new NamespaceBuilder().withNewMetadata().withName("apps").endMetadata().build();
    TestObject unnamed = TestObject.named("ns", null, 1);

    assertThat(factory.create(clusterScoped, EventType.Normal, "r", "m", Map.of())).isEmpty();
    assertThat(factory.create(unnamed, EventType.Normal, "r", "m", Map.of())).isEmpty();
  }

  @Test
  void metadataKeysArePrefixedWithTheObjectsGroup() {
    FluxEventFactory factory = new FluxEventFactory("source-controller", "pod", clock);

    FluxEvent event =
        factory
            .create(
                TestObject.named("ns", "a", 1),
                EventType.Normal,
                "NewArtifact",
                "stored artifact",
                Map.of(
                    "revision", "main@sha1:abc",
                    "digest", "sha256:def",
                    "commit_status", "update"))
            .orElseThrow();

    assertThat(event.metadata())
        .containsExactly(
            Map.entry("source.toolkit.fluxcd.io/commit_status", "update"),
            Map.entry("source.toolkit.fluxcd.io/digest", "sha256:def"),
            Map.entry("source.toolkit.fluxcd.io/revision", "main@sha1:abc"));
    assertThat(event.severity()).isEqualTo("info");
    assertThat(event.timestamp()).isEqualTo("2026-08-07T10:20:00Z");
    assertThat(event.reportingController()).isEqualTo("source-controller");
    assertThat(event.reportingInstance()).isEqualTo("pod");
  }

  @Test
  void longMessagesAreCutToFluxsLimit() {
    FluxEventFactory factory = new FluxEventFactory("source-controller", "pod", clock);

    FluxEvent event =
        factory
            .create(
                TestObject.named("ns", "a", 1),
                EventType.Normal,
                "Progressing",
                "x".repeat(50_000),
                Map.of())
            .orElseThrow();

    assertThat(event.message()).hasSize(39_000).endsWith("...");
  }
}
