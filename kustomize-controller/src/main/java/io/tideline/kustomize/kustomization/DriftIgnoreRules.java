package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.tideline.api.meta.IgnoreRule;
import io.tideline.api.meta.Selector;
import io.tideline.kustomize.KustomizeException;
import io.tideline.kustomize.LabelSelector;
import io.tideline.runtime.ssa.DriftIgnoreRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a Kustomization's {@code spec.ignore} into the SSA engine's rules: the target's group,
 * version, kind, name and namespace are anchored regexes, its label and annotation selectors use
 * Kubernetes selector syntax; a rule without target applies to every object.
 */
final class DriftIgnoreRules {

  private DriftIgnoreRules() {}

  /**
   * @throws IllegalArgumentException naming the rule and what is wrong with it
   */
  static List<DriftIgnoreRule> compile(List<IgnoreRule> rules) {
    List<DriftIgnoreRule> compiled = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      IgnoreRule rule = rules.get(i);
      try {
        compiled.add(new DriftIgnoreRule(rule.getPaths(), target(rule.getTarget())));
      } catch (IllegalArgumentException | KustomizeException e) {
        throw new IllegalArgumentException("invalid spec.ignore[" + i + "]: " + e.getMessage(), e);
      }
    }
    return compiled;
  }

  private static Predicate<GenericKubernetesResource> target(Selector selector)
      throws KustomizeException {
    if (selector == null) {
      return object -> true;
    }
    List<Predicate<GenericKubernetesResource>> tests = new ArrayList<>();
    addRegex(tests, selector.getGroup(), DriftIgnoreRules::group);
    addRegex(tests, selector.getVersion(), DriftIgnoreRules::version);
    addRegex(tests, selector.getKind(), GenericKubernetesResource::getKind);
    addRegex(tests, selector.getName(), o -> o.getMetadata().getName());
    addRegex(tests, selector.getNamespace(), o -> o.getMetadata().getNamespace());
    addSelector(tests, selector.getLabelSelector(), o -> o.getMetadata().getLabels());
    addSelector(tests, selector.getAnnotationSelector(), o -> o.getMetadata().getAnnotations());
    return object -> tests.stream().allMatch(test -> test.test(object));
  }

  private static void addRegex(
      List<Predicate<GenericKubernetesResource>> tests,
      String regex,
      Function<GenericKubernetesResource, String> field) {
    if (regex == null || regex.isEmpty()) {
      return;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile("^(?:" + regex + ")$");
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid regex '" + regex + "': " + e.getDescription());
    }
    tests.add(object -> pattern.matcher(Objects.toString(field.apply(object), "")).matches());
  }

  private static void addSelector(
      List<Predicate<GenericKubernetesResource>> tests,
      String text,
      Function<GenericKubernetesResource, Map<String, String>> field)
      throws KustomizeException {
    if (text == null || text.isEmpty()) {
      return;
    }
    LabelSelector selector = LabelSelector.parse(text);
    tests.add(
        object -> selector.matches(Objects.requireNonNullElse(field.apply(object), Map.of())));
  }

  private static String group(GenericKubernetesResource object) {
    String apiVersion = object.getApiVersion();
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static String version(GenericKubernetesResource object) {
    String apiVersion = object.getApiVersion();
    return apiVersion.substring(apiVersion.indexOf('/') + 1);
  }
}
