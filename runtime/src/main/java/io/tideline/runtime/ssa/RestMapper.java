package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps {@code apiVersion} + {@code kind} to the resource (plural, scope) through API discovery,
 * caching each group-version and refreshing it once when a kind is missing (so kinds of a CRD
 * created a moment ago are found).
 */
public final class RestMapper {

  private final KubernetesClient client;
  private final Map<String, Map<String, APIResource>> cache = new ConcurrentHashMap<>();

  public RestMapper(KubernetesClient client) {
    this.client = client;
  }

  /** The resource for the kind, or empty when the API server does not serve it. */
  public Optional<ResourceDefinitionContext> find(String apiVersion, String kind) {
    APIResource resource = kinds(apiVersion, false).get(kind);
    if (resource == null) {
      resource = kinds(apiVersion, true).get(kind);
    }
    return Optional.ofNullable(resource)
        .map(r -> ResourceDefinitionContext.fromApiResource(apiVersion, r));
  }

  /** The resource for the referenced object's kind, or empty when not served. */
  public Optional<ResourceDefinitionContext> find(ObjectRef ref) {
    return find(ref.apiVersion(), ref.kind());
  }

  /** Forgets everything discovered, e.g. after CRDs changed. */
  public void invalidate() {
    cache.clear();
  }

  private Map<String, APIResource> kinds(String apiVersion, boolean refresh) {
    if (refresh) {
      cache.remove(apiVersion);
    }
    return cache.computeIfAbsent(apiVersion, this::discover);
  }

  private Map<String, APIResource> discover(String apiVersion) {
    APIResourceList list;
    try {
      list = client.getApiResources(apiVersion);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Map.of();
      }
      throw e;
    }
    Map<String, APIResource> kinds = new HashMap<>();
    if (list != null && list.getResources() != null) {
      for (APIResource resource : list.getResources()) {
        if (!resource.getName().contains("/")) {
          kinds.put(resource.getKind(), resource);
        }
      }
    }
    return Map.copyOf(kinds);
  }
}
