package io.tideline.runtime.ssa;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.regex.Pattern;

/**
 * Recognises API errors caused by changing an immutable field, as kubectl and Flux do: HTTP 409
 * Conflict or 422 Invalid, or a message saying a field "is immutable" (CEL rules, webhooks).
 */
public final class ImmutableFieldErrors {

  private static final Pattern IMMUTABLE =
      Pattern.compile(".*(is\\s+immutable|immutable\\s+field).*", Pattern.DOTALL);

  private ImmutableFieldErrors() {}

  public static boolean isImmutable(KubernetesClientException error) {
    if (error.getCode() == 409 || error.getCode() == 422) {
      return true;
    }
    String message = error.getMessage();
    return message != null && IMMUTABLE.matcher(message).matches();
  }
}
