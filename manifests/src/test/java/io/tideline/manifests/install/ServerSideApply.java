package io.tideline.manifests.install;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side applies objects one by one, in the given order, as {@code kubectl apply
 * --server-side} would: first with {@code dryRun=All} (full admission and validation, nothing
 * stored), then for real. Collects every rejection instead of stopping at the first.
 */
final class ServerSideApply {

  static final String FIELD_MANAGER = "tideline-install-it";

  private final KubernetesClient client;

  ServerSideApply(KubernetesClient client) {
    this.client = client;
  }

  /** The rejections, one line each naming the object, the phase and the API server's message. */
  List<String> applyAll(List<GenericKubernetesResource> objects) {
    List<String> rejections = new ArrayList<>();
    for (GenericKubernetesResource object : objects) {
      try {
        client
            .resource(object)
            .dryRun()
            .fieldManager(FIELD_MANAGER)
            .forceConflicts()
            .serverSideApply();
      } catch (KubernetesClientException e) {
        rejections.add(id(object) + " (dry run): " + e.getMessage());
        continue;
      }
      try {
        client.resource(object).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
      } catch (KubernetesClientException e) {
        rejections.add(id(object) + ": " + e.getMessage());
      }
    }
    return rejections;
  }

  static String id(GenericKubernetesResource object) {
    String ns = object.getMetadata().getNamespace();
    return object.getKind() + " " + (ns == null ? "" : ns + "/") + object.getMetadata().getName();
  }
}
