package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code sha256:<hex>} checksum of a built manifest set, as recorded in {@code status.history}:
 * the same objects in the same order always give the same digest.
 */
final class ManifestDigest {

  private ManifestDigest() {}

  static String of(List<GenericKubernetesResource> objects) {
    MessageDigest sha256 = sha256();
    for (GenericKubernetesResource object : objects) {
      sha256.update(Serialization.asJson(object).getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
    }
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
