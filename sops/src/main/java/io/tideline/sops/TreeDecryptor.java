package io.tideline.sops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Decrypts the values of a document tree in place and verifies the SOPS MAC: SHA-512 over each
 * non-null, non-comment leaf in document order (only the encrypted ones when {@code
 * mac_only_encrypted}), in SOPS's byte form of the value. The additional data of a value is its
 * mapping-key path joined by {@code :} plus a trailing {@code :}; list indexes are not part of it.
 */
final class TreeDecryptor {
  /** SHA-256 of "sops": the hash prefix SOPS uses when {@code mac_only_encrypted} is set. */
  private static final byte[] MAC_ONLY_ENCRYPTED_PREFIX =
      HexFormat.of().parseHex("8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69");

  private final SopsMetadata metadata;
  private final EncryptedValue.DataKey dataKey;
  private final MessageDigest mac;

  TreeDecryptor(SopsMetadata metadata, byte[] dataKey) {
    this.metadata = metadata;
    this.dataKey = EncryptedValue.DataKey.of(dataKey);
    try {
      this.mac = MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    if (metadata.macOnlyEncrypted()) {
      mac.update(MAC_ONLY_ENCRYPTED_PREFIX);
    }
  }

  /** Decrypts the tree (its {@code sops} key already removed) and returns the decrypted node. */
  Node decrypt(Node root) throws SopsException {
    return walk(root, List.of());
  }

  /** Compares the computed MAC with the document's encrypted one. */
  void verifyMac() throws SopsException {
    if (metadata.mac().isEmpty()) {
      throw new SopsException("sops metadata has no mac: cannot verify the document's integrity");
    }
    EncryptedValue stored = EncryptedValue.parse(metadata.mac(), "sops.mac");
    String expected =
        new String(
            stored.decrypt(dataKey, metadata.lastModified(), "sops.mac"), StandardCharsets.UTF_8);
    String actual = HexFormat.of().withUpperCase().formatHex(mac.digest());
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
      throw new SopsException(
          "MAC mismatch: file was tampered with or values were edited without sops");
    }
  }

  private Node walk(Node node, List<String> path) throws SopsException {
    decryptComments(node, path);
    if (node instanceof MappingNode mapping) {
      List<NodeTuple> tuples = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        decryptComments(key, path);
        List<String> childPath = new ArrayList<>(path);
        childPath.add(key instanceof ScalarNode scalar ? scalar.getValue() : "");
        tuples.add(new NodeTuple(key, walk(tuple.getValueNode(), childPath)));
      }
      mapping.setValue(tuples);
      return mapping;
    }
    if (node instanceof SequenceNode sequence) {
      List<Node> items = new ArrayList<>();
      List<CommentLine> pending = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        String comment = sequenceComment(item, path);
        if (comment != null) {
          pending.add(
              new CommentLine(Optional.empty(), Optional.empty(), comment, CommentType.BLOCK));
          continue;
        }
        Node walked = walk(item, path);
        if (!pending.isEmpty()) {
          List<CommentLine> block = new ArrayList<>(pending);
          if (walked.getBlockComments() != null) {
            block.addAll(walked.getBlockComments());
          }
          walked.setBlockComments(block);
          pending.clear();
        }
        items.add(walked);
      }
      if (!pending.isEmpty()) {
        sequence.setEndComments(pending);
      }
      sequence.getValue().clear();
      sequence.getValue().addAll(items);
      return sequence;
    }
    return leaf((ScalarNode) node, path);
  }

  /**
   * SOPS writes a comment inside a list as a list item {@code ENC[…,type:comment]}; it becomes a
   * comment again (outside the MAC). Returns the comment text, or null for an ordinary item.
   */
  private String sequenceComment(Node item, List<String> path) throws SopsException {
    if (!(item instanceof ScalarNode scalar)
        || !scalar.getTag().equals(Tag.STR)
        || !scalar.getValue().endsWith(",type:comment]")
        || !metadata.isEncrypted(path)) {
      return null;
    }
    String where = String.join(":", path);
    EncryptedValue value = EncryptedValue.parse(scalar.getValue(), where);
    return new String(value.decrypt(dataKey, aad(path), where), StandardCharsets.UTF_8);
  }

  ScalarNode leaf(ScalarNode node, List<String> path) throws SopsException {
    if (node.getTag().equals(Tag.NULL)) {
      return node;
    }
    boolean encrypted = metadata.isEncrypted(path);
    if (!encrypted) {
      if (!metadata.macOnlyEncrypted()) {
        mac.update(macBytes(node.getTag(), node.getValue()));
      }
      return node;
    }
    String where = path.isEmpty() ? "<root>" : String.join(":", path);
    if (!node.getTag().equals(Tag.STR)) {
      throw new SopsException("malformed ENC value at " + where + ": value is not encrypted");
    }
    if (node.getValue().isEmpty()) {
      return node;
    }
    EncryptedValue value = EncryptedValue.parse(node.getValue(), where);
    byte[] plain = value.decrypt(dataKey, aad(path), where);
    String text = new String(plain, StandardCharsets.UTF_8);
    Tag tag =
        switch (value.type()) {
          case "str", "bytes" -> Tag.STR;
          case "int", "int64" -> Tag.INT;
          case "float" -> Tag.FLOAT;
          case "bool" -> Tag.BOOL;
          default ->
              throw new SopsException(
                  "malformed ENC value at " + where + ": unknown type " + value.type());
        };
    if (tag.equals(Tag.STR)) {
      mac.update(plain);
    } else {
      mac.update(macBytes(tag, text));
    }
    String rendered = tag.equals(Tag.BOOL) ? text.toLowerCase(Locale.ROOT) : text;
    ScalarNode result =
        new ScalarNode(
            tag, rendered, rendered.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
    result.setBlockComments(node.getBlockComments());
    result.setInLineComments(node.getInLineComments());
    result.setEndComments(node.getEndComments());
    return result;
  }

  /**
   * Comments SOPS encrypted ({@code #ENC[…type:comment]}) are authenticated with the path of the
   * mapping that holds them; the parsed tree attaches them to neighbouring nodes, so each enclosing
   * path is tried. Comments that do not decrypt stay as they are, as SOPS does.
   */
  private void decryptComments(Node node, List<String> path) {
    node.setBlockComments(decryptLines(node.getBlockComments(), path));
    node.setInLineComments(decryptLines(node.getInLineComments(), path));
    node.setEndComments(decryptLines(node.getEndComments(), path));
  }

  private List<CommentLine> decryptLines(List<CommentLine> lines, List<String> path) {
    if (lines == null) {
      return null;
    }
    List<CommentLine> result = new ArrayList<>(lines.size());
    for (CommentLine line : lines) {
      String text = line.getValue();
      String decrypted = EncryptedValue.looksEncrypted(text) ? decryptComment(text, path) : null;
      result.add(
          decrypted == null
              ? line
              : new CommentLine(
                  line.getStartMark(), line.getEndMark(), decrypted, line.getCommentType()));
    }
    return result;
  }

  String decryptComment(String text, List<String> path) {
    for (int depth = path.size(); depth >= 0; depth--) {
      try {
        EncryptedValue value = EncryptedValue.parse(text, "comment");
        byte[] plain = value.decrypt(dataKey, aad(path.subList(0, depth)), "comment");
        return new String(plain, StandardCharsets.UTF_8);
      } catch (SopsException e) {
        // try the next enclosing mapping
      }
    }
    return null;
  }

  /**
   * Decrypts the single value of a binary document into its raw bytes (which need not be UTF-8),
   * adding them to the MAC.
   */
  byte[] decryptRaw(ScalarNode node, List<String> path) throws SopsException {
    String where = String.join(":", path);
    if (node.getValue().isEmpty()) {
      return new byte[0];
    }
    EncryptedValue value = EncryptedValue.parse(node.getValue(), where);
    byte[] plain = value.decrypt(dataKey, aad(path), where);
    mac.update(plain);
    return plain;
  }

  private static String aad(List<String> path) {
    return String.join(":", path) + ":";
  }

  /** The bytes SOPS hashes for a value: Go's formatting of the typed value. */
  static byte[] macBytes(Tag tag, String text) throws SopsException {
    String form = text;
    if (tag.equals(Tag.INT)) {
      form = parseInteger(text).toString();
    } else if (tag.equals(Tag.FLOAT)) {
      form = formatFloat(text);
    } else if (tag.equals(Tag.BOOL)) {
      form = Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)) ? "True" : "False";
    }
    return form.getBytes(StandardCharsets.UTF_8);
  }

  private static BigInteger parseInteger(String text) throws SopsException {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    try {
      BigInteger value;
      if (t.startsWith("0x") || t.startsWith("0X")) {
        value = new BigInteger(t.substring(2), 16);
      } else if (t.startsWith("0o") || t.startsWith("0O")) {
        value = new BigInteger(t.substring(2), 8);
      } else {
        value = new BigInteger(t);
      }
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      throw new SopsException("value is not an integer");
    }
  }

  /** Go's {@code strconv.FormatFloat(v, 'f', -1, 64)}: shortest plain decimal. */
  private static String formatFloat(String text) throws SopsException {
    String t = text.toLowerCase(Locale.ROOT);
    switch (t) {
      case ".inf", "+.inf", "inf", "+inf":
        return "+Inf";
      case "-.inf", "-inf":
        return "-Inf";
      case ".nan", "nan":
        return "NaN";
      default:
        break;
    }
    try {
      double value = Double.parseDouble(text);
      if (value == 0) {
        return (1 / value < 0) ? "-0" : "0";
      }
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      throw new SopsException("value is not a number");
    }
  }
}
