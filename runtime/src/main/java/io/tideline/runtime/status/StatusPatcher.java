package io.tideline.runtime.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.HttpURLConnection;
import java.util.Objects;
import java.util.Optional;

/**
 * Patches the {@code status} subresource once at the end of a reconcile.
 *
 * <p>It sends a JSON merge patch holding only the fields that changed since the {@link
 * StatusSnapshot} and no {@code resourceVersion}: the controller is the single writer of its
 * objects' status, so a concurrent spec or metadata change must not make the status write fail;
 * fields the controller did not touch are left as they are on the server. When nothing changed no
 * request is made at all, so a no-op reconcile leaves {@code resourceVersion} unchanged. An object
 * deleted meanwhile is not an error: there is no status left to write.
 */
public final class StatusPatcher implements StatusWriter {

  private final KubernetesClient client;

  public StatusPatcher(KubernetesClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * @return true when a patch was sent; false when nothing changed or the object no longer exists
   * @throws KubernetesClientException for any other API failure
   */
  @Override
  public boolean write(HasMetadata resource, Object status, StatusSnapshot before) {
    Optional<String> body = patchBody(before, status);
    if (body.isEmpty()) {
      return false;
    }
    try {
      client
          .resource(resource)
          .subresource("status")
          .patch(PatchContext.of(PatchType.JSON_MERGE), body.get());
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  /** The merge patch body {@code {"status": …}}, or empty when the status is unchanged. */
  public static Optional<String> patchBody(StatusSnapshot before, Object status) {
    return before.patchTo(status).map(StatusPatcher::wrap);
  }

  private static String wrap(JsonNode statusPatch) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("status", statusPatch);
    return root.toString();
  }
}
