package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.tideline.api.kustomize.v1.Decryption;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.meta.Reasons;
import io.tideline.runtime.reconcile.GenericError;
import io.tideline.sops.SopsDecryptor;
import io.tideline.sops.SopsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The age identities a Kustomization decrypts with, as Flux imports them: the {@code *.agekey}
 * entries of {@code decryption.secretRef} (in the Kustomization's namespace) when set, otherwise
 * those of the {@code --sops-age-secret} Secret, otherwise none. The two are never merged: a
 * secretRef wins entirely. A missing or unreadable Secret, or an entry that is not an age key, is
 * {@code BuildFailed} naming the Secret and the entry. As in Flux the MAC is not verified.
 */
final class DecryptionKeys {

  private static final String AGE_KEY_SUFFIX = ".agekey";

  private final KubernetesClient client;
  private final Optional<SopsAgeSecret> globalSecret;

  DecryptionKeys(KubernetesClient client, Optional<SopsAgeSecret> globalSecret) {
    this.client = client;
    this.globalSecret = globalSecret;
  }

  /** The decryptor for a Kustomization whose {@code spec.decryption} is set. */
  SopsDecryptor load(Kustomization object) throws GenericError {
    Decryption decryption = object.getSpec().getDecryption();
    String provider = String.valueOf(decryption.getProvider());
    if (!"sops".equals(provider)) {
      throw new GenericError(
          Reasons.BUILD_FAILED, "decryption provider '" + provider + "' is not supported");
    }
    List<String> identities = new ArrayList<>();
    if (decryption.getSecretRef() != null && decryption.getSecretRef().getName() != null) {
      String namespace = object.getMetadata().getNamespace();
      identities = read(namespace, decryption.getSecretRef().getName(), "decryption Secret");
    } else if (globalSecret.isPresent()) {
      SopsAgeSecret global = globalSecret.get();
      identities = read(global.namespace(), global.name(), "SOPS age decryption Secret");
    }
    try {
      return new SopsDecryptor(identities);
    } catch (SopsException e) {
      throw new GenericError(Reasons.BUILD_FAILED, "invalid age identities: " + e.getMessage(), e);
    }
  }

  private List<String> read(String namespace, String name, String what) throws GenericError {
    String key = namespace + "/" + name;
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new GenericError(
          Reasons.BUILD_FAILED, "cannot get " + what + " '" + key + "': " + e.getMessage(), e);
    }
    if (secret == null) {
      throw new GenericError(Reasons.BUILD_FAILED, what + " '" + key + "' not found");
    }
    Map<String, String> data = secret.getData() == null ? Map.of() : secret.getData();
    List<String> identities = new ArrayList<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(data).entrySet()) {
      if (!entry.getKey().endsWith(AGE_KEY_SUFFIX)) {
        continue;
      }
      String identity = decode(entry.getValue());
      if (!isIdentity(identity)) {
        throw new GenericError(
            Reasons.BUILD_FAILED,
            "failed to import '"
                + entry.getKey()
                + "' data from "
                + what
                + " '"
                + key
                + "': not a valid age identity");
      }
      identities.add(identity);
    }
    return identities;
  }

  private static boolean isIdentity(String keyFile) {
    try {
      return new SopsDecryptor(List.of(keyFile)).identityCount() > 0;
    } catch (SopsException | RuntimeException e) {
      return false;
    }
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
