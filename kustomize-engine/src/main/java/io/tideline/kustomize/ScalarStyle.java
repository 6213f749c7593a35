package io.tideline.kustomize;

import java.util.Set;
import java.util.regex.Pattern;

/** Chooses and writes the style of a string scalar as go-yaml v2's emitter does. */
final class ScalarStyle {
  private static final Set<String> NON_STRING_WORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "", "~", "null", "Null",
          "NULL", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
          ".nan", ".NaN", ".NAN", "<<");
  private static final Pattern INT =
      Pattern.compile("[-+]?(0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern BASE60 =
      Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
              + "(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?");

  private ScalarStyle() {}

  /** True when YAML 1.1 (go-yaml v2) would read the plain text as something other than a string. */
  static boolean resolvesToNonString(String s) {
    if (NON_STRING_WORDS.contains(s)) {
      return true;
    }
    char c = s.charAt(0);
    if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
      return false;
    }
    String plain = s.replace("_", "");
    return INT.matcher(plain).matches()
        || FLOAT.matcher(plain).matches()
        || BASE60.matcher(s).matches()
        || TIMESTAMP.matcher(s).matches();
  }

  static String quoteKey(String key) {
    StringBuilder sb = new StringBuilder();
    write(sb, key, 0, 0, Integer.MAX_VALUE);
    return sb.toString();
  }

  /** Appends {@code s} in go-yaml v2's chosen style; {@code column} is the current column. */
  static void write(StringBuilder out, String s, int indent, int column, int width) {
    boolean multiLine = s.indexOf('\n') >= 0;
    if (multiLine && literalAllowed(s)) {
      writeLiteral(out, s, indent);
    } else if (!multiLine && !resolvesToNonString(s) && plainAllowed(s)) {
      writeFolded(out, s, indent, column, width, false);
    } else if (!multiLine && !resolvesToNonString(s) && singleQuotedAllowed(s)) {
      writeFolded(out, s, indent, column, width, true);
    } else {
      writeDoubleQuoted(out, s);
    }
  }

  private static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean hasSpecialCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        continue;
      }
      int codePoint = s.codePointAt(i);
      if (!isPrintable(codePoint)) {
        return true;
      }
      if (Character.isSupplementaryCodePoint(codePoint)) {
        i++;
      }
    }
    return false;
  }

  private static boolean plainAllowed(String s) {
    if (s.isEmpty() || hasSpecialCharacters(s)) {
      return false;
    }
    if (s.startsWith("---") || s.startsWith("...")) {
      return false;
    }
    char first = s.charAt(0);
    if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if ((first == '-' || first == '?' || first == ':') && (s.length() == 1 || s.charAt(1) == ' ')) {
      return false;
    }
    if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean nextIsBlank = i + 1 >= s.length() || s.charAt(i + 1) == ' ';
      if (c == ':' && nextIsBlank) {
        return false;
      }
      if (c == '#' && i > 0 && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean singleQuotedAllowed(String s) {
    return !hasSpecialCharacters(s) && s.indexOf('\n') < 0;
  }

  private static boolean literalAllowed(String s) {
    if (hasSpecialCharacters(s)) {
      return false;
    }
    if (s.endsWith(" ")) {
      return false;
    }
    return !s.contains(" \n");
  }

  private static void writeFolded(
      StringBuilder out, String s, int indent, int column, int width, boolean quoted) {
    if (quoted) {
      out.append('\'');
      column++;
    }
    boolean previousSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        boolean nextIsSpace = i + 1 < s.length() && s.charAt(i + 1) == ' ';
        if (!previousSpace && column > width && !nextIsSpace && i + 1 < s.length()) {
          out.append('\n');
          for (int k = 0; k < indent; k++) {
            out.append(' ');
          }
          column = indent;
        } else {
          out.append(' ');
          column++;
        }
        previousSpace = true;
        continue;
      }
      previousSpace = false;
      if (quoted && c == '\'') {
        out.append("''");
        column += 2;
      } else {
        out.append(c);
        column++;
      }
    }
    if (quoted) {
      out.append('\'');
    }
  }

  private static void writeLiteral(StringBuilder out, String s, int indent) {
    out.append('|');
    if (s.startsWith(" ") || s.startsWith("\n")) {
      out.append(2);
    }
    if (!s.endsWith("\n")) {
      out.append('-');
    } else if (s.endsWith("\n\n") || s.equals("\n")) {
      out.append('+');
    }
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    for (String line : body.split("\n", -1)) {
      out.append('\n');
      if (!line.isEmpty()) {
        for (int k = 0; k < indent; k++) {
          out.append(' ');
        }
        out.append(line);
      }
    }
  }

  private static void writeDoubleQuoted(StringBuilder out, String s) {
    out.append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0 -> out.append("\\0");
                case 7 -> out.append("\\a");
                case 8 -> out.append("\\b");
                case 9 -> out.append("\\t");
                case 10 -> out.append("\\n");
                case 11 -> out.append("\\v");
                case 12 -> out.append("\\f");
                case 13 -> out.append("\\r");
                case 27 -> out.append("\\e");
                case 0x85 -> out.append("\\N");
                case 0xA0 -> out.append("\\_");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                  if (isPrintable(c)) {
                    out.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    out.append(String.format("\\x%02X", c));
                  } else if (c <= 0xFFFF) {
                    out.append(String.format("\\u%04X", c));
                  } else {
                    out.append(String.format("\\U%08X", c));
                  }
                }
              }
            });
    out.append('"');
  }
}
