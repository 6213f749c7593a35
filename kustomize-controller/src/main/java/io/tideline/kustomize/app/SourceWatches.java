package io.tideline.kustomize.app;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.IndexedResourceCache;
import io.javaoperatorsdk.operator.processing.GroupVersionKind;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.SecondaryToPrimaryMapper;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnAddFilter;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.tideline.api.kustomize.v1.CrossNamespaceSourceReference;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Condition;
import io.tideline.api.meta.ConditionStatus;
import io.tideline.api.meta.ConditionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flux's source watches: Kustomizations are indexed by the source their {@code sourceRef} names
 * (its namespace defaults to the Kustomization's), and an informer per source kind enqueues them
 * when the source's {@code status.artifact.revision} changes. As in Flux, a Kustomization that is
 * Ready and last attempted that revision is not enqueued. ExternalArtifacts are watched only when
 * the {@code ExternalArtifact} feature gate is on.
 */
public final class SourceWatches {

  static final String INDEX = "kustomization-source";
  static final String GROUP = "source.toolkit.fluxcd.io";
  static final String VERSION = "v1";
  static final List<String> KINDS = List.of("GitRepository", "OCIRepository", "Bucket");

  private final List<String> kinds;

  private SourceWatches(List<String> kinds) {
    this.kinds = kinds;
  }

  /** Watches the artifact sources; ExternalArtifact too when {@code externalArtifacts}. */
  public static SourceWatches of(boolean externalArtifacts) {
    List<String> kinds = new ArrayList<>(KINDS);
    if (externalArtifacts) {
      kinds.add("ExternalArtifact");
    }
    return new SourceWatches(List.copyOf(kinds));
  }

  /** Registers the index on the Kustomization cache and returns one event source per kind. */
  List<EventSource<?, Kustomization>> eventSources(EventSourceContext<Kustomization> context) {
    context.getPrimaryCache().addIndexer(INDEX, SourceWatches::indexKeys);
    List<EventSource<?, Kustomization>> sources = new ArrayList<>();
    for (String kind : kinds) {
      InformerEventSourceConfiguration<GenericKubernetesResource> config =
          InformerEventSourceConfiguration.from(
                  new GroupVersionKind(GROUP, VERSION, kind), Kustomization.class)
              .withName(kind + "-watch")
              .withSecondaryToPrimaryMapper(new Mapper(kind, context.getPrimaryCache()))
              .withOnAddFilter(new HasArtifact())
              .withOnUpdateFilter(new RevisionChanged())
              .build();
      sources.add(new InformerEventSource<>(config, context));
    }
    return sources;
  }

  /** The index key of the source a Kustomization references. */
  static List<String> indexKeys(Kustomization kustomization) {
    if (kustomization.getSpec() == null || kustomization.getSpec().getSourceRef() == null) {
      return List.of();
    }
    CrossNamespaceSourceReference ref = kustomization.getSpec().getSourceRef();
    String namespace =
        ref.getNamespace() == null || ref.getNamespace().isEmpty()
            ? kustomization.getMetadata().getNamespace()
            : ref.getNamespace();
    return List.of(key(String.valueOf(ref.getKind()), namespace, ref.getName()));
  }

  static String key(String kind, String namespace, String name) {
    return kind + "/" + namespace + "/" + name;
  }

  /** The source's {@code status.artifact.revision}, when it has an artifact. */
  static Optional<String> revision(GenericKubernetesResource source) {
    if (source.getAdditionalProperties().get("status") instanceof Map<?, ?> status
        && status.get("artifact") instanceof Map<?, ?> artifact
        && artifact.get("revision") instanceof String revision) {
      return Optional.of(revision);
    }
    return Optional.empty();
  }

  /**
   * Maps a source to the Kustomizations that reference it and have not yet handled its revision.
   */
  static final class Mapper implements SecondaryToPrimaryMapper<GenericKubernetesResource> {
    private final String kind;
    private final IndexedResourceCache<Kustomization> kustomizations;

    Mapper(String kind, IndexedResourceCache<Kustomization> kustomizations) {
      this.kind = kind;
      this.kustomizations = kustomizations;
    }

    @Override
    public Set<ResourceID> toPrimaryResourceIDs(GenericKubernetesResource source) {
      Optional<String> revision = revision(source);
      if (revision.isEmpty()) {
        return Set.of();
      }
      String key = key(kind, source.getMetadata().getNamespace(), source.getMetadata().getName());
      return kustomizations.byIndex(INDEX, key).stream()
          .filter(k -> !(ready(k) && revision.get().equals(lastAttempted(k))))
          .map(ResourceID::fromResource)
          .collect(Collectors.toSet());
    }

    private static boolean ready(Kustomization kustomization) {
      if (kustomization.getStatus() == null || kustomization.getStatus().getConditions() == null) {
        return false;
      }
      for (Condition condition : kustomization.getStatus().getConditions()) {
        if (ConditionTypes.READY.equals(condition.getType())) {
          return condition.getStatus() == ConditionStatus.True;
        }
      }
      return false;
    }

    private static String lastAttempted(Kustomization kustomization) {
      return kustomization.getStatus() == null
          ? null
          : kustomization.getStatus().getLastAttemptedRevision();
    }
  }

  /** A source seen for the first time matters only once it has an artifact. */
  static final class HasArtifact implements OnAddFilter<GenericKubernetesResource> {
    @Override
    public boolean accept(GenericKubernetesResource source) {
      return revision(source).isPresent();
    }
  }

  /** An update matters only when the artifact revision changed (or the first artifact appeared). */
  static final class RevisionChanged implements OnUpdateFilter<GenericKubernetesResource> {
    @Override
    public boolean accept(
        GenericKubernetesResource newSource, GenericKubernetesResource oldSource) {
      Optional<String> revision = revision(newSource);
      return revision.isPresent() && !Objects.equals(revision, revision(oldSource));
    }
  }
}
