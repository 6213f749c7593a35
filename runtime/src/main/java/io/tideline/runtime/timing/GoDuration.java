package io.tideline.runtime.timing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Go duration strings, as Flux writes and reads them: parses what {@code time.ParseDuration}
 * accepts ({@code 5m}, {@code 1h30m}, {@code 2.5s}, {@code 500ms}, {@code 1µs}, {@code -1.5h}) and
 * formats like {@code Duration.String()} ({@code 5m0s}, {@code 1h0m0s}, {@code 2.818583s}, {@code
 * 500ms}, {@code 0s}).
 */
public final class GoDuration {
  private GoDuration() {}

  private static final long NANOS_PER_MICRO = 1_000L;
  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", NANOS_PER_MICRO,
          "\u00b5s", NANOS_PER_MICRO,
          "\u03bcs", NANOS_PER_MICRO,
          "ms", NANOS_PER_MILLI,
          "s", NANOS_PER_SECOND,
          "m", 60 * NANOS_PER_SECOND,
          "h", 3600 * NANOS_PER_SECOND);

  private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

  /**
   * Parses a Go duration string.
   *
   * @throws IllegalArgumentException naming the input when it is not a valid Go duration
   */
  public static Duration parse(String text) {
    if (text == null || text.isEmpty()) {
      throw invalid(text, "empty");
    }
    int pos = 0;
    boolean negative = false;
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      negative = text.charAt(0) == '-';
      pos = 1;
    }
    if (text.substring(pos).equals("0")) {
      return Duration.ZERO;
    }
    if (pos == text.length()) {
      throw invalid(text, "no number");
    }
    BigDecimal total = BigDecimal.ZERO;
    while (pos < text.length()) {
      int numberStart = pos;
      while (pos < text.length()
          && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      String number = text.substring(numberStart, pos);
      if (number.isEmpty()
          || number.equals(".")
          || number.indexOf('.') != number.lastIndexOf('.')) {
        throw invalid(text, "bad number at offset " + numberStart);
      }
      int unitStart = pos;
      while (pos < text.length()
          && !Character.isDigit(text.charAt(pos))
          && text.charAt(pos) != '.') {
        pos++;
      }
      String unit = text.substring(unitStart, pos);
      Long nanosPerUnit = UNITS.get(unit);
      if (nanosPerUnit == null) {
        throw invalid(text, unit.isEmpty() ? "missing unit" : "unknown unit \"" + unit + "\"");
      }
      total =
          total.add(new BigDecimal(normalize(number)).multiply(BigDecimal.valueOf(nanosPerUnit)));
    }
    BigInteger nanos = total.toBigInteger();
    if (nanos.compareTo(MAX_NANOS) > 0) {
      throw invalid(text, "out of range");
    }
    long value = nanos.longValueExact();
    return Duration.ofNanos(negative ? -value : value);
  }

  private static String normalize(String number) {
    String withLeading = number.startsWith(".") ? "0" + number : number;
    return withLeading.endsWith(".") ? withLeading + "0" : withLeading;
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid Go duration \"" + text + "\": " + why);
  }

  /** Formats like Go's {@code time.Duration.String()}. */
  public static String format(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    BigInteger magnitude = BigInteger.valueOf(nanos).abs();
    if (magnitude.compareTo(BigInteger.valueOf(NANOS_PER_SECOND)) < 0) {
      long small = magnitude.longValueExact();
      if (small < NANOS_PER_MICRO) {
        return sign + small + "ns";
      }
      if (small < NANOS_PER_MILLI) {
        return sign + fraction(small, NANOS_PER_MICRO) + "\u00b5s";
      }
      return sign + fraction(small, NANOS_PER_MILLI) + "ms";
    }
    BigInteger[] secondsAndNanos =
        magnitude.divideAndRemainder(BigInteger.valueOf(NANOS_PER_SECOND));
    long totalSeconds = secondsAndNanos[0].longValueExact();
    long hours = totalSeconds / 3600;
    long minutes = (totalSeconds % 3600) / 60;
    long seconds = totalSeconds % 60;
    String secondsText =
        fraction(
            seconds * NANOS_PER_SECOND + secondsAndNanos[1].longValueExact(), NANOS_PER_SECOND);
    StringBuilder out = new StringBuilder(sign);
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    return out.append(secondsText).append('s').toString();
  }

  private static String fraction(long value, long unit) {
    return BigDecimal.valueOf(value)
        .divide(BigDecimal.valueOf(unit))
        .stripTrailingZeros()
        .toPlainString();
  }
}
