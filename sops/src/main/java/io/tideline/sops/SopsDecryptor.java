package io.tideline.sops;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Decrypts SOPS documents encrypted for age recipients: unwraps the data key with one of the
 * configured age identities, decrypts each {@code ENC[AES256_GCM,…]} value and verifies the MAC.
 * Thread-safe; build one per set of keys (for example per Kustomization reconcile).
 *
 * <pre>{@code
 * SopsDecryptor sops = SopsDecryptor.fromSecretData(secret.getData()); // *.agekey entries
 * if (SopsDecryptor.isEncrypted(bytes, SopsFormat.forPath("app.env"))) {
 *   byte[] plain = sops.decrypt(bytes, SopsFormat.forPath("app.env"));
 * }
 * }</pre>
 */
public final class SopsDecryptor {
  private final List<RecipientStanzaReader> identities;

  /**
   * @param ageKeyFiles contents of age key files: each {@code AGE-SECRET-KEY-1…} line is one
   *     identity; comment lines are ignored
   * @throws SopsException when an identity line is not a valid age X25519 secret key
   */
  public SopsDecryptor(List<String> ageKeyFiles) throws SopsException {
    this.identities = DataKeyUnwrapper.parseIdentities(ageKeyFiles);
  }

  /**
   * The identities of a decryption Secret: every {@code .data} entry whose key ends with {@code
   * .agekey}, in key order. Values are the decoded bytes (as fabric8 or a base64 decode yields).
   */
  public static SopsDecryptor fromSecretData(Map<String, byte[]> data) throws SopsException {
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : new TreeMap<>(data).entrySet()) {
      if (entry.getKey().endsWith(".agekey")) {
        files.add(new String(entry.getValue(), StandardCharsets.UTF_8));
      }
    }
    return new SopsDecryptor(files);
  }

  /** Number of age identities configured. */
  public int identityCount() {
    return identities.size();
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
   * Decrypts a document and returns it in the same format without its {@code sops} metadata: YAML
   * keeps key order and comments, JSON keeps key order and scalar types, dotenv keeps line order
   * and comments, binary yields the original file bytes.
   *
   * @throws SopsException no matching identity, unsupported key type, malformed or tampered value,
   *     or MAC mismatch; the message never contains plaintext or key material
   */
  public byte[] decrypt(byte[] document, SopsFormat format) throws SopsException {
    String text = new String(document, StandardCharsets.UTF_8);
    return switch (format) {
      case YAML, JSON -> decryptTree(text, format);
      case DOTENV -> decryptDotenv(text);
      case BINARY -> decryptBinary(text);
    };
  }

  private byte[] decryptTree(String text, SopsFormat format) throws SopsException {
    NodeDocument doc = NodeDocument.parse(text, format.name());
    TreeDecryptor decryptor = decryptorFor(doc.sops());
    decryptor.decrypt(doc.data());
    decryptor.verifyMac();
    String out =
        format == SopsFormat.JSON ? JsonWriter.write(doc.data()) : NodeDocument.toYaml(doc.data());
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] decryptDotenv(String text) throws SopsException {
    DotenvDocument doc = DotenvDocument.parse(text);
    TreeDecryptor decryptor = decryptorFor(doc.sops());
    String out = doc.decrypt(decryptor);
    decryptor.verifyMac();
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] decryptBinary(String text) throws SopsException {
    NodeDocument doc = NodeDocument.parse(text, "binary (JSON)");
    TreeDecryptor decryptor = decryptorFor(doc.sops());
    ScalarNode data = null;
    for (NodeTuple tuple : doc.data().getValue()) {
      if (((ScalarNode) tuple.getKeyNode()).getValue().equals("data")
          && tuple.getValueNode() instanceof ScalarNode scalar) {
        data = scalar;
      }
    }
    if (data == null || doc.data().getValue().size() != 1) {
      throw new SopsException("malformed binary document: expected a single data key");
    }
    byte[] plain = decryptor.decryptRaw(data, List.of("data"));
    decryptor.verifyMac();
    return plain;
  }

  private TreeDecryptor decryptorFor(Map<String, Object> sops) throws SopsException {
    SopsMetadata metadata = SopsMetadata.from(sops);
    byte[] dataKey = new DataKeyUnwrapper(identities).unwrap(metadata);
    return new TreeDecryptor(metadata, dataKey);
  }
}
