package io.tideline.runtime.reconcile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.tideline.api.meta.Annotations;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds and removes Flux's finalizer ({@code finalizers.fluxcd.io}) on a reconciled object. The
 * reconcilers manage it themselves because the Operator SDK refuses a finalizer name without a
 * slash.
 */
public final class FluxFinalizer {
  private FluxFinalizer() {}

  /** Whether the object carries Flux's finalizer. */
  public static boolean present(HasMetadata object) {
    return object.getMetadata().getFinalizers().contains(Annotations.FINALIZER);
  }

  /** Adds the finalizer (no request when already present); returns the updated object. */
  public static <T extends HasMetadata> T add(KubernetesClient client, T object) {
    if (present(object)) {
      return object;
    }
    return edit(client, object, true);
  }

  /** Removes the finalizer; an object already gone counts as done. */
  public static <T extends HasMetadata> void remove(KubernetesClient client, T object) {
    if (!present(object)) {
      return;
    }
    try {
      edit(client, object, false);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends HasMetadata> T edit(KubernetesClient client, T object, boolean add) {
    return client
        .resources((Class<T>) object.getClass())
        .inNamespace(object.getMetadata().getNamespace())
        .withName(object.getMetadata().getName())
        .edit(
            o -> {
              List<String> finalizers = new ArrayList<>(o.getMetadata().getFinalizers());
              finalizers.remove(Annotations.FINALIZER);
              if (add) {
                finalizers.add(Annotations.FINALIZER);
              }
              o.getMetadata().setFinalizers(finalizers);
              return o;
            });
  }
}
