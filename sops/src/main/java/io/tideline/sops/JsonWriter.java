package io.tideline.sops;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Writes a decrypted node tree as indented JSON, keeping key order and scalar types. */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();

  static String write(Node node) {
    JsonWriter writer = new JsonWriter();
    writer.value(node, 0);
    return writer.out.append('\n').toString();
  }

  private void value(Node node, int depth) {
    if (node instanceof MappingNode mapping) {
      List<NodeTuple> tuples = mapping.getValue();
      if (tuples.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      for (int i = 0; i < tuples.size(); i++) {
        indent(depth + 1);
        string(((ScalarNode) tuples.get(i).getKeyNode()).getValue());
        out.append(": ");
        value(tuples.get(i).getValueNode(), depth + 1);
        out.append(i + 1 < tuples.size() ? ",\n" : "\n");
      }
      indent(depth);
      out.append('}');
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      if (items.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < items.size(); i++) {
        indent(depth + 1);
        value(items.get(i), depth + 1);
        out.append(i + 1 < items.size() ? ",\n" : "\n");
      }
      indent(depth);
      out.append(']');
    } else {
      scalar((ScalarNode) node);
    }
  }

  private void scalar(ScalarNode node) {
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      out.append("null");
    } else if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      out.append(node.getValue());
    } else {
      string(node.getValue());
    }
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void indent(int depth) {
    out.append("    ".repeat(depth));
  }
}
