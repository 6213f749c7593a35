package io.tideline.kustomize.app;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.IndexedResourceCache;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.kustomize.v1.KustomizationSpec;
import io.tideline.api.kustomize.v1.SubstituteReference;
import io.tideline.api.meta.ConfigDataKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flux's config watches: a change to a ConfigMap or Secret that carries the {@code
 * --watch-configs-label-selector} labels (by default {@code reconcile.fluxcd.io/watch=Enabled})
 * enqueues the Kustomizations in its namespace that reference it through {@code
 * postBuild.substituteFrom}, {@code decryption.secretRef} or {@code kubeConfig}. Unlabelled ones
 * are never watched, so their changes wait for the next interval, as in Flux. The {@code
 * DisableConfigWatchers} feature gate turns the watches off.
 */
public final class ConfigWatches {

  static final String CONFIG_MAP_INDEX = "kustomization-configmap";
  static final String SECRET_INDEX = "kustomization-secret";

  private final Optional<String> labelSelector;

  private ConfigWatches(Optional<String> labelSelector) {
    this.labelSelector = labelSelector;
  }

  /** Watches the ConfigMaps and Secrets matching {@code labelSelector}. */
  public static ConfigWatches selecting(String labelSelector) {
    return new ConfigWatches(Optional.of(labelSelector));
  }

  /** Watches nothing. */
  public static ConfigWatches disabled() {
    return new ConfigWatches(Optional.empty());
  }

  /**
   * Registers the indexes on the Kustomization cache and returns the two event sources (none when
   * disabled).
   */
  List<EventSource<?, Kustomization>> eventSources(EventSourceContext<Kustomization> context) {
    if (labelSelector.isEmpty()) {
      return List.of();
    }
    context.getPrimaryCache().addIndexer(CONFIG_MAP_INDEX, ConfigWatches::configMapKeys);
    context.getPrimaryCache().addIndexer(SECRET_INDEX, ConfigWatches::secretKeys);
    return List.of(
        source(ConfigMap.class, CONFIG_MAP_INDEX, labelSelector.get(), context),
        source(Secret.class, SECRET_INDEX, labelSelector.get(), context));
  }

  private static <R extends HasMetadata> EventSource<?, Kustomization> source(
      Class<R> type,
      String index,
      String labelSelector,
      EventSourceContext<Kustomization> context) {
    IndexedResourceCache<Kustomization> cache = context.getPrimaryCache();
    InformerEventSourceConfiguration<R> config =
        InformerEventSourceConfiguration.from(type, Kustomization.class)
            .withName(type.getSimpleName() + "-config-watch")
            .withLabelSelector(labelSelector)
            .withSecondaryToPrimaryMapper(changed -> referencing(cache, index, changed))
            .withOnUpdateFilter(
                (newer, older) ->
                    !Objects.equals(
                        newer.getMetadata().getResourceVersion(),
                        older.getMetadata().getResourceVersion()))
            .build();
    return new InformerEventSource<>(config, context);
  }

  private static Set<ResourceID> referencing(
      IndexedResourceCache<Kustomization> cache, String index, HasMetadata config) {
    return cache
        .byIndex(index, key(config.getMetadata().getNamespace(), config.getMetadata().getName()))
        .stream()
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  /** The ConfigMaps a Kustomization reads: substituteFrom entries and a kubeConfig configMapRef. */
  static List<String> configMapKeys(Kustomization kustomization) {
    KustomizationSpec spec = kustomization.getSpec();
    String namespace = kustomization.getMetadata().getNamespace();
    List<String> keys = new ArrayList<>();
    if (spec == null) {
      return keys;
    }
    if (spec.getKubeConfig() != null && spec.getKubeConfig().getConfigMapRef() != null) {
      keys.add(key(namespace, spec.getKubeConfig().getConfigMapRef().getName()));
    }
    substituteFrom(spec, ConfigDataKind.CONFIG_MAP).forEach(name -> keys.add(key(namespace, name)));
    return keys;
  }

  /** The Secrets a Kustomization reads: decryption, kubeConfig and substituteFrom entries. */
  static List<String> secretKeys(Kustomization kustomization) {
    KustomizationSpec spec = kustomization.getSpec();
    String namespace = kustomization.getMetadata().getNamespace();
    List<String> keys = new ArrayList<>();
    if (spec == null) {
      return keys;
    }
    if (spec.getDecryption() != null && spec.getDecryption().getSecretRef() != null) {
      keys.add(key(namespace, spec.getDecryption().getSecretRef().getName()));
    }
    if (spec.getKubeConfig() != null && spec.getKubeConfig().getSecretRef() != null) {
      keys.add(key(namespace, spec.getKubeConfig().getSecretRef().getName()));
    }
    substituteFrom(spec, ConfigDataKind.SECRET).forEach(name -> keys.add(key(namespace, name)));
    return keys;
  }

  private static List<String> substituteFrom(KustomizationSpec spec, ConfigDataKind kind) {
    if (spec.getPostBuild() == null || spec.getPostBuild().getSubstituteFrom() == null) {
      return List.of();
    }
    return spec.getPostBuild().getSubstituteFrom().stream()
        .filter(ref -> ref.getKind() == kind)
        .map(SubstituteReference::getName)
        .toList();
  }

  static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
