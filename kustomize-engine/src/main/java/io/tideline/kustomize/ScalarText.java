package io.tideline.kustomize;

import java.math.BigDecimal;

/** The text of a scalar as kyaml holds it in a node's value (Go's formatting for numbers). */
final class ScalarText {
  private ScalarText() {}

  static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Double d) {
      return formatDouble(d, 21);
    }
    return value.toString();
  }

  /**
   * Go's shortest {@code 'g'} formatting: exponent form when the decimal exponent is below -4 or at
   * least {@code exponentLimit} (6 for {@code strconv.FormatFloat(f, 'g', -1, 64)}).
   */
  static String formatDouble(double d, int exponentLimit) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+.inf" : "-.inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0" : "0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (exponent < -4 || exponent >= exponentLimit) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = String.format("%02d", Math.abs(exponent));
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    return sign + shortest.toPlainString();
  }
}
