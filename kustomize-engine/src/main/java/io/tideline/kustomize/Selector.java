package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kustomize target selector: GVK parts, anchored name and namespace regexes (matched against the
 * original or current value), label and annotation selectors.
 */
final class Selector {
  private final Gvk gvk;
  private final Pattern name;
  private final Pattern namespace;
  private final LabelSelector labels;
  private final LabelSelector annotations;

  private Selector(
      Gvk gvk, Pattern name, Pattern namespace, LabelSelector labels, LabelSelector annotations) {
    this.gvk = gvk;
    this.name = name;
    this.namespace = namespace;
    this.labels = labels;
    this.annotations = annotations;
  }

  static Selector fromMap(Map<String, Object> map, String file) throws KustomizeException {
    return new Selector(
        new Gvk(
            Tree.getString(map, "group"),
            Tree.getString(map, "version"),
            Tree.getString(map, "kind")),
        anchored(Tree.getString(map, "name"), file),
        anchored(Tree.getString(map, "namespace"), file),
        optionalSelector(Tree.getString(map, "labelSelector")),
        optionalSelector(Tree.getString(map, "annotationSelector")));
  }

  private static LabelSelector optionalSelector(String text) throws KustomizeException {
    return text == null || text.isEmpty() ? null : LabelSelector.parse(text);
  }

  private static Pattern anchored(String regex, String file) throws KustomizeException {
    if (regex == null || regex.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile("^(?:" + regex + ")$");
    } catch (PatternSyntaxException e) {
      throw new KustomizeException("invalid selector regex '" + regex + "' in " + file);
    }
  }

  boolean matches(Resource resource) {
    ResId current = resource.id();
    ResId original = resource.originalId();
    if (namespace != null
        && !namespace.matcher(original.effectiveNamespace()).matches()
        && !namespace.matcher(current.effectiveNamespace()).matches()) {
      return false;
    }
    if (name != null
        && !name.matcher(original.name()).matches()
        && !name.matcher(current.name()).matches()) {
      return false;
    }
    if (!current.gvk().isSelectedBy(gvk)) {
      return false;
    }
    if (labels != null && !labels.matches(resource.labels())) {
      return false;
    }
    return annotations == null || annotations.matches(resource.annotations());
  }

  List<Resource> select(ResourceMap resources) {
    List<Resource> result = new ArrayList<>();
    for (Resource resource : resources.resources()) {
      if (matches(resource)) {
        result.add(resource);
      }
    }
    return result;
  }
}
