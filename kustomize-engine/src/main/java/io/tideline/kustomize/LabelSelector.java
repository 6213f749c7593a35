package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** A Kubernetes label selector string ({@code a=b,c!=d,e in (x,y),f notin (z),g,!h}). */
public final class LabelSelector {
  private final List<Predicate<Map<String, String>>> requirements;

  private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
    this.requirements = requirements;
  }

  /** Parses a selector; a malformed one fails naming the selector. */
  public static LabelSelector parse(String text) throws KustomizeException {
    List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
    for (String term : splitTerms(text)) {
      String t = term.trim();
      if (t.isEmpty()) {
        continue;
      }
      requirements.add(parseTerm(t, text));
    }
    return new LabelSelector(requirements);
  }

  /** Whether the labels (or annotations) satisfy every requirement. */
  public boolean matches(Map<String, String> labels) {
    for (Predicate<Map<String, String>> requirement : requirements) {
      if (!requirement.test(labels)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        terms.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    terms.add(current.toString());
    return terms;
  }

  private static Predicate<Map<String, String>> parseTerm(String t, String whole)
      throws KustomizeException {
    String[] words = t.split("\\s+", 2);
    if (words.length == 2 && (words[1].startsWith("in ") || words[1].startsWith("in("))) {
      Set<String> values = values(words[1].substring(2), whole);
      String key = words[0];
      return labels -> labels.containsKey(key) && values.contains(labels.get(key));
    }
    if (words.length == 2 && words[1].startsWith("notin")) {
      Set<String> values = values(words[1].substring(5), whole);
      String key = words[0];
      return labels -> !labels.containsKey(key) || !values.contains(labels.get(key));
    }
    int ne = t.indexOf("!=");
    if (ne > 0) {
      String key = t.substring(0, ne).trim();
      String value = t.substring(ne + 2).trim();
      return labels -> !value.equals(labels.get(key));
    }
    int eq = t.indexOf('=');
    if (eq > 0) {
      String key = t.substring(0, eq).trim();
      String value = t.substring(t.startsWith("==", eq) ? eq + 2 : eq + 1).trim();
      return labels -> value.equals(labels.get(key));
    }
    if (t.startsWith("!")) {
      String key = t.substring(1).trim();
      return labels -> !labels.containsKey(key);
    }
    if (t.matches("[-A-Za-z0-9_./]+")) {
      return labels -> labels.containsKey(t);
    }
    throw new KustomizeException("unable to parse requirement in selector '" + whole + "'");
  }

  private static Set<String> values(String rest, String whole) throws KustomizeException {
    String trimmed = rest.trim();
    if (!trimmed.startsWith("(") || !trimmed.endsWith(")")) {
      throw new KustomizeException("unable to parse set in selector '" + whole + "'");
    }
    Set<String> values = new java.util.HashSet<>();
    for (String v : trimmed.substring(1, trimmed.length() - 1).split(",")) {
      values.add(v.trim());
    }
    return values;
  }
}
