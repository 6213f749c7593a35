package io.tideline.sops;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Decrypts SOPS documents encrypted for age recipients or OpenPGP keys: unwraps the data key with
 * one of the configured age identities or OpenPGP secret keys, decrypts each {@code
 * ENC[AES256_GCM,…]} value and (by default) verifies the MAC. Immutable and thread-safe; build one
 * per set of keys (per reconcile).
 *
 * <pre>{@code
 * SopsDecryptor sops = SopsDecryptor.fromSecretData(secret.getData()); // *.agekey and *.asc entries
 * Optional<SopsFormat> in = SopsDecryptor.detectFormat(bytes);
 * if (in.isPresent()) {
 *   byte[] plain = sops.decrypt(bytes, in.get(), SopsFormat.forPath(dataKeyName));
 * }
 * }</pre>
 */
public final class SopsDecryptor {
  private final List<RecipientStanzaReader> identities;
  private final PgpSecretKeys pgpKeys;
  private final boolean verifyMac;

  /**
   * @param ageKeyFiles contents of age key files: each {@code AGE-SECRET-KEY-1…} line is one
   *     identity; comment lines are ignored
   * @throws SopsException when an identity line is not a valid age X25519 secret key
   */
  public SopsDecryptor(List<String> ageKeyFiles) throws SopsException {
    this(DataKeyUnwrapper.parseIdentities(ageKeyFiles), PgpSecretKeys.none(), true);
  }

  /**
   * @param ageKeyFiles contents of age key files, as for {@link #SopsDecryptor(List)}
   * @param pgpSecretKeys ASCII-armored, unprotected OpenPGP secret keys ({@code *.asc} entries)
   * @throws SopsException when an age identity or an OpenPGP key is invalid or passphrase-protected
   *     (OpenPGP keys are named by their position: {@code #1}, …)
   */
  public SopsDecryptor(List<String> ageKeyFiles, List<String> pgpSecretKeys) throws SopsException {
    this(DataKeyUnwrapper.parseIdentities(ageKeyFiles), pgpKeys(pgpSecretKeys), true);
  }

  private SopsDecryptor(
      List<RecipientStanzaReader> identities, PgpSecretKeys pgpKeys, boolean verifyMac) {
    this.identities = identities;
    this.pgpKeys = pgpKeys;
    this.verifyMac = verifyMac;
  }

  private static PgpSecretKeys pgpKeys(List<String> armored) throws SopsException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < armored.size(); i++) {
      names.add("#" + (i + 1));
    }
    return PgpSecretKeys.parse(armored, names);
  }

  /**
   * The keys of a decryption Secret, in key order: every {@code .data} entry whose key ends with
   * {@code .agekey} (age identities) or {@code .asc} (armored OpenPGP secret keys). Values are the
   * decoded bytes (as fabric8 or a base64 decode yields). An invalid OpenPGP entry is named in the
   * error.
   */
  public static SopsDecryptor fromSecretData(Map<String, byte[]> data) throws SopsException {
    List<String> files = new ArrayList<>();
    List<String> pgp = new ArrayList<>();
    List<String> pgpNames = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : new TreeMap<>(data).entrySet()) {
      String value = new String(entry.getValue(), StandardCharsets.UTF_8);
      if (entry.getKey().endsWith(".agekey")) {
        files.add(value);
      } else if (entry.getKey().endsWith(".asc")) {
        pgp.add(value);
        pgpNames.add("'" + entry.getKey() + "'");
      }
    }
    return new SopsDecryptor(
        DataKeyUnwrapper.parseIdentities(files), PgpSecretKeys.parse(pgp, pgpNames), true);
  }

  /**
   * A copy that does or does not check the MAC. Flux's kustomize-controller does not check it
   * (kustomize injects labels, namespaces, … into built objects); the default here is to check.
   */
  public SopsDecryptor verifyMac(boolean enabled) {
    return new SopsDecryptor(identities, pgpKeys, enabled);
  }

  /** Number of age identities configured. */
  public int identityCount() {
    return identities.size();
  }

  /** Number of OpenPGP secret key rings configured. */
  public int pgpKeyCount() {
    return pgpKeys.size();
  }

  /**
   * Flux's check whether a document is SOPS-encrypted: its text contains the format's MAC marker
   * ({@code mac: ENC[} for YAML, {@code "mac": "ENC[} for JSON/binary, {@code sops_mac=ENC[} for
   * dotenv).
   */
  public static boolean isEncrypted(byte[] document, SopsFormat format) {
    return new String(document, StandardCharsets.UTF_8).contains(format.marker());
  }

  /**
   * The encrypted format of a document found by its MAC marker, as Flux does for Secret data
   * entries; a JSON envelope (JSON or binary) is reported as {@link SopsFormat#JSON}.
   */
  public static Optional<SopsFormat> detectFormat(byte[] document) {
    for (SopsFormat format : List.of(SopsFormat.DOTENV, SopsFormat.JSON, SopsFormat.YAML)) {
      if (isEncrypted(document, format)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Decrypts a document and writes it back in the same format, without its metadata. */
  public byte[] decrypt(byte[] document, SopsFormat format) throws SopsException {
    return decrypt(document, format, format);
  }

  /**
   * Decrypts a document stored in {@code input} format and writes it in {@code output} format
   * without its {@code sops} metadata: YAML keeps key order and comments, JSON key order and scalar
   * types, dotenv line order and comments (dotenv to dotenv), binary yields the {@code data}
   * value's bytes.
   *
   * @throws SopsException no matching identity, unsupported key type, malformed or tampered value,
   *     MAC mismatch, or a tree that the output format cannot hold; the message never contains
   *     plaintext or key material
   */
  public byte[] decrypt(byte[] document, SopsFormat input, SopsFormat output) throws SopsException {
    String text = new String(document, StandardCharsets.UTF_8);
    if (input == SopsFormat.DOTENV) {
      DotenvDocument doc = DotenvDocument.parse(text);
      TreeDecryptor decryptor = decryptorFor(doc.sops());
      if (output == SopsFormat.DOTENV) {
        String out = doc.decrypt(decryptor);
        checkMac(decryptor);
        return out.getBytes(StandardCharsets.UTF_8);
      }
      MappingNode tree = doc.toTree();
      decryptor.decrypt(tree);
      checkMac(decryptor);
      return emit(tree, output);
    }
    NodeDocument doc = NodeDocument.parse(text, input.name());
    TreeDecryptor decryptor = decryptorFor(doc.sops());
    if (input == SopsFormat.BINARY && output == SopsFormat.BINARY) {
      byte[] plain = decryptor.decryptRaw(dataValue(doc.data()), List.of("data"));
      checkMac(decryptor);
      return plain;
    }
    decryptor.decrypt(doc.data());
    checkMac(decryptor);
    return emit(doc.data(), output);
  }

  private void checkMac(TreeDecryptor decryptor) throws SopsException {
    if (verifyMac) {
      decryptor.verifyMac();
    }
  }

  private static byte[] emit(MappingNode tree, SopsFormat output) throws SopsException {
    String out =
        switch (output) {
          case YAML -> NodeDocument.toYaml(tree);
          case JSON -> JsonWriter.write(tree);
          case DOTENV -> DotenvDocument.write(tree);
          case BINARY -> dataValue(tree).getValue();
        };
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static ScalarNode dataValue(MappingNode tree) throws SopsException {
    for (NodeTuple tuple : tree.getValue()) {
      if (((ScalarNode) tuple.getKeyNode()).getValue().equals("data")
          && tuple.getValueNode() instanceof ScalarNode scalar) {
        return scalar;
      }
    }
    throw new SopsException("cannot write binary: the document has no scalar data key");
  }

  private TreeDecryptor decryptorFor(Map<String, Object> sops) throws SopsException {
    SopsMetadata metadata = SopsMetadata.from(sops);
    byte[] dataKey = new DataKeyUnwrapper(identities, pgpKeys).unwrap(metadata);
    return new TreeDecryptor(metadata, dataKey);
  }
}
