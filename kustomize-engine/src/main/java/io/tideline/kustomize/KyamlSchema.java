package io.tideline.kustomize;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Resolves plain scalars as go-yaml v3 does under kyaml, and converts them as kustomize's JSON
 * round trip does: underscores allowed in numbers, {@code 0777} octal, and timestamps turned into
 * RFC 3339 strings.
 */
final class KyamlSchema implements Schema {
  static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
  private static final Set<String> YAML11_TRUES =
      Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE");
  private static final Set<String> YAML11_FALSES =
      Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE");

  private final boolean yaml11;

  /**
   * @param yaml11 resolve booleans as YAML 1.1 does ({@code yes}, {@code on}, ...): kustomize
   *     converts JSON patches written in YAML with go-yaml v2
   */
  KyamlSchema(boolean yaml11) {
    this.yaml11 = yaml11;
  }

  private static final Set<String> SPECIAL_FLOATS =
      Set.of(
          ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
          ".NaN", ".NAN");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern TIME =
      Pattern.compile(
          "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
              + "(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.([0-9]+))?"
              + "(Z|[-+][0-9]{2}:[0-9]{2}))"
              + "|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.([0-9]+))?))?");

  @Override
  public ScalarResolver getScalarResolver() {
    return yaml11 ? KyamlSchema::resolveYaml11 : KyamlSchema::resolve;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    Map<Tag, ConstructNode> constructors = new HashMap<>();
    constructors.put(Tag.NULL, node -> null);
    Set<String> trues = yaml11 ? YAML11_TRUES : TRUES;
    constructors.put(Tag.BOOL, node -> trues.contains(text(node)));
    constructors.put(Tag.INT, node -> parseInt(text(node)));
    constructors.put(Tag.FLOAT, node -> parseFloat(text(node)));
    constructors.put(TIMESTAMP, node -> timestamp(text(node)));
    return constructors;
  }

  /** The value a plain (unquoted) scalar with this text has, as kyaml would resolve it. */
  static Object plainValue(String text) {
    Tag tag = resolve(text, true);
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return TRUES.contains(text);
    }
    if (tag.equals(Tag.INT)) {
      return parseInt(text);
    }
    if (tag.equals(Tag.FLOAT)) {
      return parseFloat(text);
    }
    if (tag.equals(TIMESTAMP)) {
      return timestamp(text);
    }
    return text;
  }

  private static String text(Node node) {
    return ((ScalarNode) node).getValue();
  }

  static Tag resolveYaml11(String value, Boolean implicit) {
    if (Boolean.TRUE.equals(implicit)
        && (YAML11_TRUES.contains(value) || YAML11_FALSES.contains(value))) {
      return Tag.BOOL;
    }
    return resolve(value, implicit);
  }

  static Tag resolve(String value, Boolean implicit) {
    if (!Boolean.TRUE.equals(implicit)) {
      return Tag.STR;
    }
    if (NULLS.contains(value)) {
      return Tag.NULL;
    }
    if (TRUES.contains(value) || FALSES.contains(value)) {
      return Tag.BOOL;
    }
    if (SPECIAL_FLOATS.contains(value)) {
      return Tag.FLOAT;
    }
    char first = value.charAt(0);
    if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
      return Tag.STR;
    }
    if (TIME.matcher(value).matches() && timestamp(value) != null) {
      return TIMESTAMP;
    }
    String plain = value.replace("_", "");
    if (parseGoInt(plain) != null) {
      return Tag.INT;
    }
    if (FLOAT.matcher(plain).matches()) {
      return Tag.FLOAT;
    }
    return Tag.STR;
  }

  private static Object parseInt(String value) {
    Object parsed = parseGoInt(value.replace("_", ""));
    return parsed == null ? value : parsed;
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)}, falling back to big integers. */
  private static Object parseGoInt(String s) {
    String digits = s;
    boolean negative = false;
    if (digits.startsWith("+") || digits.startsWith("-")) {
      negative = digits.startsWith("-");
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      return null;
    }
    int radix = 10;
    String lower = digits.toLowerCase();
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      radix = 8;
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      return null;
    }
    try {
      BigInteger big = new BigInteger(digits, radix);
      if (negative) {
        big = big.negate();
      }
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object parseFloat(String value) {
    switch (value) {
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF":
        return Double.NEGATIVE_INFINITY;
      case ".nan", ".NaN", ".NAN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(value.replace("_", ""));
        } catch (NumberFormatException e) {
          return value;
        }
    }
  }

  /** The RFC 3339 form Go's time.Time marshals to, or null when not a valid timestamp. */
  static String timestamp(String value) {
    Matcher m = TIME.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null && m.group(9) == null) {
        return date + "T00:00:00Z";
      }
      boolean zoned = m.group(4) != null;
      int base = zoned ? 4 : 9;
      LocalDateTime time =
          date.atTime(
              Integer.parseInt(m.group(base)),
              Integer.parseInt(m.group(base + 1)),
              Integer.parseInt(m.group(base + 2)));
      String fraction = m.group(base + 3) == null ? "" : m.group(base + 3);
      String zone = zoned ? m.group(8) : "Z";
      ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone);
      OffsetDateTime odt = time.atOffset(offset);
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "%04d-%02d-%02dT%02d:%02d:%02d",
              odt.getYear(),
              odt.getMonthValue(),
              odt.getDayOfMonth(),
              odt.getHour(),
              odt.getMinute(),
              odt.getSecond()));
      String trimmed = fraction.length() > 9 ? fraction.substring(0, 9) : fraction;
      trimmed = trimmed.replaceAll("0+$", "");
      if (!trimmed.isEmpty()) {
        out.append('.').append(trimmed);
      }
      out.append(offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
      return out.toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
