package io.tideline.sops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A dotenv document as SOPS stores it: {@code KEY=VALUE} lines ({@code \n} escapes newlines),
 * {@code #} comment lines, and the metadata flattened into {@code sops_…} keys ({@code
 * sops_age__list_0__map_enc}).
 */
record DotenvDocument(List<Line> lines, Map<String, Object> sops) {

  /** A {@code KEY=VALUE} line, or a comment when {@code key} is null. */
  record Line(String key, String value) {}

  private static final String PREFIX = "sops_";

  static DotenvDocument parse(String text) throws SopsException {
    List<Line> lines = new ArrayList<>();
    Map<String, Object> sops = new LinkedHashMap<>();
    int number = 0;
    for (String raw : text.split("\n", -1)) {
      number++;
      if (raw.isEmpty()) {
        continue;
      }
      if (raw.charAt(0) == '#') {
        lines.add(new Line(null, raw.substring(1)));
        continue;
      }
      int eq = raw.indexOf('=');
      if (eq < 0) {
        throw new SopsException("invalid dotenv line " + number + ": no '='");
      }
      String key = raw.substring(0, eq);
      String value = raw.substring(eq + 1).replace("\\n", "\n");
      if (key.startsWith(PREFIX)) {
        unflatten(sops, key.substring(PREFIX.length()), value);
      } else {
        lines.add(new Line(key, value));
      }
    }
    if (sops.isEmpty()) {
      throw new SopsException("sops metadata not found: the dotenv document is not encrypted");
    }
    return new DotenvDocument(lines, sops);
  }

  /** Decrypts every line with the tree decryptor (each value's path is its key). */
  String decrypt(TreeDecryptor decryptor) throws SopsException {
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (line.key() == null) {
        String comment = line.value();
        String decrypted =
            EncryptedValue.looksEncrypted(comment)
                ? decryptor.decryptComment(comment, List.of())
                : null;
        out.append('#').append(decrypted == null ? comment : decrypted).append('\n');
      } else {
        ScalarNode node =
            decryptor.leaf(
                new ScalarNode(Tag.STR, line.value(), ScalarStyle.PLAIN), List.of(line.key()));
        out.append(line.key())
            .append('=')
            .append(node.getValue().replace("\n", "\\n"))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** The values as a mapping of strings (comments dropped), for output in another format. */
  MappingNode toTree() {
    List<NodeTuple> tuples = new ArrayList<>();
    for (Line line : lines) {
      if (line.key() != null) {
        tuples.add(
            new NodeTuple(
                new ScalarNode(Tag.STR, line.key(), ScalarStyle.PLAIN),
                new ScalarNode(Tag.STR, line.value(), ScalarStyle.PLAIN)));
      }
    }
    return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
  }

  /** Writes a decrypted tree as dotenv; only flat mappings of scalars can be written. */
  static String write(MappingNode tree) throws SopsException {
    StringBuilder out = new StringBuilder();
    for (NodeTuple tuple : tree.getValue()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!(tuple.getValueNode() instanceof ScalarNode value)) {
        throw new SopsException("cannot write dotenv: value of " + key + " is not a scalar");
      }
      String text = value.getTag().equals(Tag.NULL) ? "" : value.getValue();
      out.append(key).append('=').append(text.replace("\n", "\\n")).append('\n');
    }
    return out.toString();
  }

  /** Rebuilds nested metadata from a flattened key such as {@code age__list_0__map_enc}. */
  @SuppressWarnings("unchecked")
  private static void unflatten(Map<String, Object> root, String flatKey, String value)
      throws SopsException {
    String[] parts = flatKey.split("__");
    Object container = root;
    String pendingKey = parts[0];
    Integer pendingIndex = null;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      Object child;
      if (part.startsWith("list_")) {
        child = childOf(container, pendingKey, pendingIndex, new ArrayList<>());
        pendingKey = null;
        pendingIndex = index(part.substring(5), flatKey);
      } else if (part.startsWith("map_")) {
        child = childOf(container, pendingKey, pendingIndex, new LinkedHashMap<>());
        pendingKey = part.substring(4);
        pendingIndex = null;
      } else {
        throw new SopsException("malformed sops metadata key sops_" + flatKey);
      }
      container = child;
    }
    if (pendingKey != null) {
      ((Map<String, Object>) container).put(pendingKey, value);
    } else {
      List<Object> list = (List<Object>) container;
      while (list.size() <= pendingIndex) {
        list.add(null);
      }
      list.set(pendingIndex, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object childOf(Object container, String key, Integer index, Object fresh) {
    if (key != null) {
      return ((Map<String, Object>) container).computeIfAbsent(key, k -> fresh);
    }
    List<Object> list = (List<Object>) container;
    while (list.size() <= index) {
      list.add(null);
    }
    if (list.get(index) == null) {
      list.set(index, fresh);
    }
    return list.get(index);
  }

  private static int index(String text, String flatKey) throws SopsException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new SopsException("malformed sops metadata key sops_" + flatKey);
    }
  }
}
