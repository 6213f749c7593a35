package io.tideline.kustomize.remote;

import io.fabric8.kubernetes.client.Config;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A remote cluster's connection as read for one reconcile: where it came from, a digest of
 * everything that shapes the client (so an unchanged Secret or ConfigMap reuses the cached client),
 * and how to build the client configuration when none is cached.
 *
 * @param source names the Secret/ConfigMap and key, for messages
 * @param digest sha256 of the connection settings (never shown)
 * @param loader builds a fresh client configuration, validating it
 */
public record RemoteKubeConfig(String source, String digest, Loader loader) {

  /** Builds the client configuration; may refuse it. */
  @FunctionalInterface
  public interface Loader {
    Config load() throws KubeConfigException;
  }

  /** The hex sha256 of {@code text}. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
