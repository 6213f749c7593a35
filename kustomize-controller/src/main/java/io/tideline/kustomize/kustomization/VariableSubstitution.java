package io.tideline.kustomize.kustomization;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flux's post-build variable substitution on one object's YAML text (a subset of
 * fluxcd/pkg/envsubst): {@code ${var}}, {@code ${var:=default}}, {@code ${var:-default}}, {@code
 * ${var=default}}, {@code ${var-default}}; {@code $${var}} yields a literal {@code ${var}}; plain
 * {@code $var} is left alone. In strict mode an undefined variable without default is an error.
 */
final class VariableSubstitution {

  static final Pattern NAME = Pattern.compile("[_a-zA-Z][_a-zA-Z0-9]*");

  private VariableSubstitution() {}

  /** An undefined variable in strict mode, or a malformed expression. */
  static final class SubstitutionException extends Exception {
    SubstitutionException(String message) {
      super(message);
    }
  }

  static String substitute(String text, Map<String, String> vars, boolean strict)
      throws SubstitutionException {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && text.startsWith("$${", i)) {
        int end = text.indexOf('}', i + 3);
        if (end < 0) {
          out.append(text, i, text.length());
          break;
        }
        out.append(text, i + 1, end + 1);
        i = end + 1;
      } else if (c == '$' && text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw new SubstitutionException("unterminated variable expression at offset " + i);
        }
        out.append(evaluate(text.substring(i + 2, end), vars, strict));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String evaluate(String expression, Map<String, String> vars, boolean strict)
      throws SubstitutionException {
    int op = 0;
    while (op < expression.length()
        && (Character.isLetterOrDigit(expression.charAt(op)) || expression.charAt(op) == '_')) {
      op++;
    }
    String name = expression.substring(0, op);
    if (!NAME.matcher(name).matches()) {
      throw new SubstitutionException("invalid variable name in \"${" + expression + "}\"");
    }
    String rest = expression.substring(op);
    String value = vars.get(name);
    if (rest.isEmpty()) {
      if (value == null) {
        if (strict) {
          throw new SubstitutionException("variable not set (strict mode): \"" + name + "\"");
        }
        return "";
      }
      return value;
    }
    if (rest.startsWith(":=") || rest.startsWith(":-")) {
      return value == null || value.isEmpty() ? rest.substring(2) : value;
    }
    if (rest.startsWith("=") || rest.startsWith("-")) {
      return value == null ? rest.substring(1) : value;
    }
    throw new SubstitutionException("unsupported variable expression \"${" + expression + "}\"");
  }
}
