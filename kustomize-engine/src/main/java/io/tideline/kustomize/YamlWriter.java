package io.tideline.kustomize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Serializes resources the way {@code kubectl kustomize} prints them: each object goes through a
 * JSON round trip (keys sorted, numbers in JSON form) and is then emitted in go-yaml v2's block
 * style (unindented sequences, quoting of strings that YAML 1.1 would read as another type, literal
 * blocks for multi-line strings, plain scalars folded at 80 columns).
 */
final class YamlWriter {
  private static final int BEST_WIDTH = 80;

  private final StringBuilder out = new StringBuilder(4096);
  private final Map<String, String> renderedKeys = new java.util.HashMap<>();

  /** The documents separated by {@code ---}, as kustomize's {@code AsYaml}. */
  static String write(List<Map<String, Object>> documents) {
    YamlWriter writer = new YamlWriter();
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        writer.out.append("---\n");
      }
      writer.writeDocument(documents.get(i));
    }
    return writer.out.toString();
  }

  private void writeDocument(Map<String, Object> document) {
    if (document.isEmpty()) {
      out.append("{}\n");
      return;
    }
    writeMapBody(document, 0, false);
  }

  /** Writes the entries of a non-empty map; when {@code inline}, the first line is not padded. */
  private void writeMapBody(Map<String, Object> map, int indent, boolean inline) {
    List<String> keys = new ArrayList<>(map.keySet());
    Collections.sort(keys);
    boolean first = true;
    for (String key : keys) {
      if (!(first && inline)) {
        pad(indent);
      }
      first = false;
      int lineStart = out.length() - indent;
      String keyText = renderedKeys.computeIfAbsent(key, ScalarStyle::quoteKey);
      out.append(keyText).append(':');
      writeValue(map.get(key), indent, out.length() - lineStart, true);
    }
  }

  private void writeListBody(List<Object> list, int indent, boolean inline) {
    boolean first = true;
    for (Object item : list) {
      if (!(first && inline)) {
        pad(indent);
      }
      first = false;
      out.append('-');
      Map<String, Object> map = Tree.asMap(item);
      List<Object> nested = Tree.asList(item);
      if (map != null && !map.isEmpty()) {
        out.append(' ');
        writeMapBody(map, indent + 2, true);
      } else if (nested != null && !nested.isEmpty()) {
        out.append(' ');
        writeListBody(nested, indent + 2, true);
      } else {
        writeValue(item, indent, indent + 1, false);
      }
    }
  }

  /** Writes a value after a {@code key:} or {@code -}, ending with a newline. */
  private void writeValue(Object value, int indent, int column, boolean inMap) {
    Map<String, Object> map = Tree.asMap(value);
    List<Object> list = Tree.asList(value);
    if (map != null) {
      if (map.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        writeMapBody(map, indent + 2, false);
      }
      return;
    }
    if (list != null) {
      if (list.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        writeListBody(list, inMap ? indent : indent + 2, false);
      }
      return;
    }
    out.append(' ');
    writeScalar(value, indent + 2, column + 1);
    out.append('\n');
  }

  private void writeScalar(Object value, int contentIndent, int column) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      ScalarStyle.write(out, s, contentIndent, column, BEST_WIDTH);
    } else if (value instanceof Double d) {
      out.append(formatNumber(d));
    } else {
      out.append(value);
    }
  }

  private static String formatNumber(double d) {
    if (!Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < 1e21) {
      return new BigDecimal(d).toBigInteger().toString();
    }
    return ScalarText.formatDouble(d, 6);
  }

  private void pad(int indent) {
    for (int i = 0; i < indent; i++) {
      out.append(' ');
    }
  }
}
