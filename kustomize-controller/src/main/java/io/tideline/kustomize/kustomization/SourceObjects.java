package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.meta.Artifact;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the source kinds a Kustomization may reference (GitRepository, OCIRepository, Bucket,
 * ExternalArtifact) uniformly, as unstructured objects, and their {@code status.artifact}.
 */
final class SourceObjects {

  static final String API_VERSION = "source.toolkit.fluxcd.io/v1";
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final KubernetesClient client;

  SourceObjects(KubernetesClient client) {
    this.client = client;
  }

  Optional<GenericKubernetesResource> get(String kind, String namespace, String name) {
    return Optional.ofNullable(
        client
            .genericKubernetesResources(API_VERSION, kind)
            .inNamespace(namespace)
            .withName(name)
            .get());
  }

  static Optional<Artifact> artifact(GenericKubernetesResource source) {
    if (source.getAdditionalProperties().get("status") instanceof Map<?, ?> status
        && status.get("artifact") instanceof Map<?, ?> artifact) {
      return Optional.of(JSON.convertValue(artifact, Artifact.class));
    }
    return Optional.empty();
  }
}
