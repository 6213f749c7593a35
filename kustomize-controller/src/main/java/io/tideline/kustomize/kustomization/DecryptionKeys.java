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
 * The keys a Kustomization decrypts with, as Flux imports them: the {@code *.agekey} (age) and
 * {@code *.asc} (unprotected armored OpenPGP secret key) entries of {@code decryption.secretRef}
 * (in the Kustomization's namespace) when set, otherwise those of the {@code --sops-age-secret}
 * Secret, otherwise none. The two are never merged: a secretRef wins entirely. A missing or
 * unreadable Secret, or an entry that is not a key of its kind, is {@code BuildFailed} naming the
 * Secret and the entry. As in Flux the MAC is not verified.
 */
final class DecryptionKeys {

  private static final String AGE_KEY_SUFFIX = ".agekey";
  private static final String PGP_KEY_SUFFIX = ".asc";

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
    if (decryption.getSecretRef() != null && decryption.getSecretRef().getName() != null) {
      String namespace = object.getMetadata().getNamespace();
      return read(namespace, decryption.getSecretRef().getName(), "decryption Secret", true);
    }
    if (globalSecret.isPresent()) {
      SopsAgeSecret global = globalSecret.get();
      return read(global.namespace(), global.name(), "SOPS age decryption Secret", false);
    }
    return fromSecretData(Map.of(), "", "", false);
  }

  private SopsDecryptor read(String namespace, String name, String what, boolean withPgp)
      throws GenericError {
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
    return fromSecretData(data, what, key, withPgp);
  }

  /**
   * The keys of a Secret's base64 {@code .data}: {@code *.agekey} entries are age identities and,
   * when {@code withPgp} (a {@code decryption.secretRef}, not the global age Secret), {@code *.asc}
   * entries armored OpenPGP secret keys; an entry that is not a key of its kind is {@code
   * BuildFailed} naming the entry and the Secret ({@code what '<namespace>/<name>'}), never its
   * content.
   */
  static SopsDecryptor fromSecretData(
      Map<String, String> data, String what, String secret, boolean withPgp) throws GenericError {
    List<String> identities = new ArrayList<>();
    List<String> pgpKeys = new ArrayList<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(data).entrySet()) {
      String name = entry.getKey();
      if (name.endsWith(AGE_KEY_SUFFIX)) {
        String identity = decode(entry.getValue());
        if (!isIdentity(identity)) {
          throw importFailed(name, what, secret, "not a valid age identity");
        }
        identities.add(identity);
      } else if (withPgp && name.endsWith(PGP_KEY_SUFFIX)) {
        String armored = decode(entry.getValue());
        try {
          new SopsDecryptor(List.of(), List.of(armored));
        } catch (SopsException e) {
          throw importFailed(name, what, secret, "not a valid unprotected OpenPGP secret key");
        }
        pgpKeys.add(armored);
      }
    }
    try {
      return new SopsDecryptor(identities, pgpKeys);
    } catch (SopsException e) {
      throw new GenericError(Reasons.BUILD_FAILED, "invalid decryption keys: " + e.getMessage(), e);
    }
  }

  private static GenericError importFailed(String entry, String what, String secret, String why) {
    return new GenericError(
        Reasons.BUILD_FAILED,
        "failed to import '" + entry + "' data from " + what + " '" + secret + "': " + why);
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
