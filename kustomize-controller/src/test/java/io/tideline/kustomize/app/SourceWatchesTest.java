package io.tideline.kustomize.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.api.reconciler.IndexedResourceCache;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.tideline.api.kustomize.v1.Kustomization;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SourceWatchesTest {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  static Kustomization kustomization(
      String namespace, String name, String sourceRef, String status) {
    return YAML.unmarshal(
        """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: %s
        spec:
          interval: 1h
          path: ./
          prune: true
          sourceRef:
        %s
        %s
        """
            .formatted(name, namespace, sourceRef.indent(4).stripTrailing(), status),
        Kustomization.class);
  }

  static GenericKubernetesResource source(String kind, String namespace, String revision) {
    String status =
        revision == null
            ? ""
            : "status:\n  artifact:\n    revision: " + revision + "\n    url: http://x/a.tgz\n";
    return YAML.unmarshal(
        """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: %s
        metadata:
          name: repo
          namespace: %s
        spec:
          interval: 1m
        %s
        """
            .formatted(kind, namespace, status),
        GenericKubernetesResource.class);
  }

  record IndexCase(String sourceRef, List<String> keys) {}

  static Stream<IndexCase> indexCases() {
    return Stream.of(
        new IndexCase("kind: GitRepository\nname: repo", List.of("GitRepository/apps/repo")),
        new IndexCase(
            "kind: OCIRepository\nname: repo\nnamespace: flux-system",
            List.of("OCIRepository/flux-system/repo")),
        new IndexCase("kind: Bucket\nname: b\nnamespace: ''", List.of("Bucket/apps/b")));
  }

  @ParameterizedTest
  @MethodSource("indexCases")
  void indexesBySourceRefWithTheNamespaceDefaulted(IndexCase c) {
    assertThat(SourceWatches.indexKeys(kustomization("apps", "k", c.sourceRef(), "")))
        .isEqualTo(c.keys());
  }

  record FilterCase(String oldRevision, String newRevision, boolean accepted) {}

  static Stream<FilterCase> filterCases() {
    return Stream.of(
        new FilterCase("main@sha1:1", "main@sha1:2", true),
        new FilterCase(null, "main@sha1:1", true),
        new FilterCase("main@sha1:1", "main@sha1:1", false),
        new FilterCase("main@sha1:1", null, false),
        new FilterCase(null, null, false));
  }

  @ParameterizedTest
  @MethodSource("filterCases")
  void onlyArtifactRevisionChangesPass(FilterCase c) {
    assertThat(
            new SourceWatches.RevisionChanged()
                .accept(
                    source("GitRepository", "apps", c.newRevision()),
                    source("GitRepository", "apps", c.oldRevision())))
        .isEqualTo(c.accepted());
  }

  @Test
  void addedSourcesPassOnlyWithAnArtifact() {
    assertThat(new SourceWatches.HasArtifact().accept(source("Bucket", "apps", "sha256:1")))
        .isTrue();
    assertThat(new SourceWatches.HasArtifact().accept(source("Bucket", "apps", null))).isFalse();
  }

  @Test
  void mapsToReferencingKustomizationsExceptReadyOnesAtThatRevision() {
    String readyAt =
        """
        status:
          lastAttemptedRevision: %s
          conditions:
            - type: Ready
              status: "True"
              reason: ReconciliationSucceeded
              message: ok
              lastTransitionTime: "2026-01-01T00:00:00Z"
        """;
    List<Kustomization> all =
        List.of(
            kustomization("apps", "stale", "kind: GitRepository\nname: repo", ""),
            kustomization(
                "apps",
                "current",
                "kind: GitRepository\nname: repo",
                readyAt.formatted("main@sha1:2")),
            kustomization(
                "apps",
                "behind",
                "kind: GitRepository\nname: repo",
                readyAt.formatted("main@sha1:1")),
            kustomization(
                "other", "remote", "kind: GitRepository\nname: repo\nnamespace: apps", ""),
            kustomization("apps", "oci", "kind: OCIRepository\nname: repo", ""));
    SourceWatches.Mapper mapper = new SourceWatches.Mapper("GitRepository", new ListCache(all));

    assertThat(mapper.toPrimaryResourceIDs(source("GitRepository", "apps", "main@sha1:2")))
        .containsExactlyInAnyOrder(
            new ResourceID("stale", "apps"),
            new ResourceID("behind", "apps"),
            new ResourceID("remote", "other"));
    assertThat(mapper.toPrimaryResourceIDs(source("GitRepository", "apps", null))).isEmpty();
  }

  /** The index of the Kustomization cache, computed over a list. */
  private record ListCache(List<Kustomization> items)
      implements IndexedResourceCache<Kustomization> {
    @Override
    public List<Kustomization> byIndex(String indexName, String indexKey) {
      assertThat(indexName).isEqualTo(SourceWatches.INDEX);
      return items.stream().filter(k -> SourceWatches.indexKeys(k).contains(indexKey)).toList();
    }

    @Override
    public Optional<Kustomization> get(ResourceID resourceID) {
      return items.stream().filter(k -> ResourceID.fromResource(k).equals(resourceID)).findFirst();
    }

    @Override
    public Stream<ResourceID> keys() {
      return items.stream().map(ResourceID::fromResource);
    }

    @Override
    public Stream<Kustomization> list(java.util.function.Predicate<Kustomization> predicate) {
      return items.stream().filter(predicate);
    }

    @Override
    public Stream<Kustomization> list(
        String namespace, java.util.function.Predicate<Kustomization> predicate) {
      return items.stream()
          .filter(k -> namespace.equals(k.getMetadata().getNamespace()))
          .filter(predicate);
    }
  }
}
