package io.tideline.kustomize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * After all renames (prefix, suffix, namespace, hash suffix), rewrites every field that referred to
 * a renamed object by its old name: kustomize's name-reference transformer with its candidate sieve
 * (previous name, kind, roleRef kind, namespace, matching prefixes/suffixes).
 */
final class NameReferenceFixer {
  private final Map<Gvk, List<FieldSpec>> references;
  private final Map<String, List<Resource>> byPreviousName = new HashMap<>();

  NameReferenceFixer(Map<Gvk, List<FieldSpec>> references) {
    this.references = references;
  }

  void apply(ResourceMap resources) throws KustomizeException {
    for (Resource resource : resources.resources()) {
      Set<String> names = new HashSet<>();
      for (ResId previous : resource.previousIds()) {
        names.add(previous.name());
      }
      for (String name : names) {
        byPreviousName.computeIfAbsent(name, k -> new ArrayList<>()).add(resource);
      }
    }
    if (byPreviousName.isEmpty()) {
      return;
    }
    List<Resource> all = resources.resources();
    Map<String, List<Resource>> byOriginalKind = new HashMap<>();
    Map<Resource, Gvk> originalGvks = new java.util.IdentityHashMap<>();
    for (Resource resource : all) {
      Gvk gvk = resource.originalId().gvk();
      originalGvks.put(resource, gvk);
      byOriginalKind.computeIfAbsent(gvk.kind(), k -> new ArrayList<>()).add(resource);
    }
    for (Map.Entry<Gvk, List<FieldSpec>> entry : references.entrySet()) {
      Gvk target = entry.getKey();
      for (FieldSpec spec : entry.getValue()) {
        List<Resource> referrers =
            spec.gvk().kind().isEmpty()
                ? all
                : byOriginalKind.getOrDefault(spec.gvk().kind(), List.of());
        for (Resource referrer : referrers) {
          if (!originalGvks.get(referrer).isSelectedBy(spec.gvk())) {
            continue;
          }
          Referral referral = new Referral(referrer, target, spec.path());
          FieldWalker.walk(referrer.object(), spec.segments(), false, referral::update);
        }
      }
    }
  }

  /** Fixes the references of one referrer field spec. */
  private final class Referral {
    private final Resource referrer;
    private final Gvk target;
    private final String path;

    Referral(Resource referrer, Gvk target, String path) {
      this.referrer = referrer;
      this.target = target;
      this.path = path;
    }

    void update(Map<String, Object> parent, String field) throws KustomizeException {
      Object value = parent.get(field);
      if (value instanceof List<?> list) {
        List<Object> items = Tree.asList(list);
        for (int i = 0; i < items.size(); i++) {
          Object item = items.get(i);
          if (item instanceof Map<?, ?>) {
            updateMapping(Tree.asMap(item));
          } else if (item instanceof String name) {
            Resource referral = select(name, candidates(name, null), false);
            if (referral != null) {
              items.set(i, referral.name());
            }
          }
        }
      } else if (value instanceof Map<?, ?>) {
        updateMapping(Tree.asMap(value));
      } else if (value instanceof String name) {
        Resource referral = select(name, candidates(name, null), false);
        if (referral != null && !referral.name().equals(name)) {
          parent.put(field, referral.name());
        }
      }
    }

    private void updateMapping(Map<String, Object> node) throws KustomizeException {
      Object nameValue = node.get("name");
      if (!(nameValue instanceof String oldName)) {
        return;
      }
      Object namespace = node.get("namespace");
      Resource referral =
          select(
              oldName,
              candidates(oldName, namespace == null ? null : ScalarText.of(namespace)),
              true);
      if (referral == null) {
        return;
      }
      if (referral.name().equals(oldName) && referral.namespace().isEmpty()) {
        return;
      }
      node.put("name", referral.name());
      if (!referral.namespace().isEmpty()) {
        node.put("namespace", referral.namespace());
      }
    }

    private List<Resource> candidates(String oldName, String namespaceField) {
      List<Resource> named = byPreviousName.getOrDefault(oldName, List.of());
      List<Resource> result = new ArrayList<>();
      ResId referrerId = referrer.id();
      Set<String> bindingNamespaces = roleBindingNamespaces();
      for (Resource candidate : named) {
        ResId id = candidate.id();
        if (!referrerId.gvk().isClusterScoped()
            && !id.gvk().isClusterScoped()
            && !id.effectiveNamespace().equals(referrerId.effectiveNamespace())
            && !bindingNamespaces.contains(candidate.namespace())) {
          continue;
        }
        result.add(candidate);
      }
      if (namespaceField == null) {
        return result;
      }
      List<Resource> byOriginal =
          filter(result, r -> namespaceMatches(r.originalId(), namespaceField));
      return byOriginal.isEmpty()
          ? filter(result, r -> namespaceMatches(r.id(), namespaceField))
          : byOriginal;
    }

    private boolean namespaceMatches(ResId id, String namespace) {
      return id.namespace().equals(namespace)
          || (!id.gvk().isClusterScoped() && id.effectiveNamespace().equals(namespace));
    }

    private Set<String> roleBindingNamespaces() {
      Set<String> namespaces = new HashSet<>();
      if (!referrer.kind().equals("RoleBinding")) {
        return namespaces;
      }
      for (Object subject : Tree.elements(referrer.object().get("subjects"))) {
        Map<String, Object> map = Tree.asMap(subject);
        if (map != null
            && "ServiceAccount".equals(map.get("kind"))
            && map.get("namespace") != null) {
          namespaces.add(ScalarText.of(map.get("namespace")));
        }
      }
      return namespaces;
    }

    private Resource select(String oldName, List<Resource> candidates, boolean mapping)
        throws KustomizeException {
      List<Resource> list =
          filter(
              candidates, r -> r.previousIds().stream().anyMatch(id -> id.name().equals(oldName)));
      list =
          filter(list, r -> r.previousIds().stream().anyMatch(id -> id.gvk().isSelectedBy(target)));
      Gvk roleRefGvk = roleRefGvk();
      if (roleRefGvk != null) {
        list =
            filter(
                list,
                r -> r.previousIds().stream().anyMatch(id -> id.gvk().isSelectedBy(roleRefGvk)));
      }
      list = filter(list, this::sameNamespaceAsReferrer);
      if (list.size() == 1) {
        return list.get(0);
      }
      list = filter(list, r -> affixesEqual(r, true));
      if (list.size() > 1) {
        list = filter(list, r -> affixesEqual(r, false));
      }
      if (list.size() == 1) {
        return list.get(0);
      }
      if (list.isEmpty()) {
        return null;
      }
      Resource first = list.get(0);
      boolean identical =
          list.stream()
              .allMatch(
                  r ->
                      r.name().equals(first.name())
                          && (!mapping || r.namespace().equals(first.namespace())));
      if (identical) {
        return first;
      }
      List<String> ids = new ArrayList<>();
      list.forEach(r -> ids.add(r.id().toString()));
      throw new KustomizeException(
          "updating name reference in '"
              + path
              + "' field of '"
              + referrer.id()
              + "': found multiple possible referrals: "
              + String.join(", ", ids));
    }

    private Gvk roleRefGvk() {
      if (!path.endsWith("roleRef/name")) {
        return null;
      }
      Map<String, Object> roleRef = Tree.asMap(referrer.object().get("roleRef"));
      if (roleRef == null || roleRef.get("apiGroup") == null || roleRef.get("kind") == null) {
        return null;
      }
      return new Gvk(
          ScalarText.of(roleRef.get("apiGroup")), "", ScalarText.of(roleRef.get("kind")));
    }

    private boolean sameNamespaceAsReferrer(Resource candidate) {
      ResId referrerId = referrer.id();
      if (referrerId.gvk().isClusterScoped()) {
        return true;
      }
      ResId id = candidate.id();
      return id.gvk().isClusterScoped()
          || candidate.kind().equals("ServiceAccount")
          || id.effectiveNamespace().equals(referrerId.effectiveNamespace());
    }

    private boolean affixesEqual(Resource candidate, boolean allowEmpty) {
      List<String> p1 = candidate.prefixes();
      List<String> p2 = referrer.prefixes();
      List<String> s1 = candidate.suffixes();
      List<String> s2 = referrer.suffixes();
      if (allowEmpty) {
        return (p1.isEmpty() || p2.isEmpty() || sameEnding(p1, p2))
            && (s1.isEmpty() || s2.isEmpty() || sameEnding(s1, s2));
      }
      return sameEnding(p1, p2) && sameEnding(s1, s2);
    }
  }

  private static boolean sameEnding(List<String> a, List<String> b) {
    List<String> shortest = a.size() <= b.size() ? a : b;
    List<String> longest = a.size() <= b.size() ? b : a;
    if (shortest.isEmpty()) {
      return longest.isEmpty();
    }
    int diff = longest.size() - shortest.size();
    for (int i = shortest.size() - 1; i >= 0; i--) {
      if (!longest.get(i + diff).equals(shortest.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<Resource> filter(List<Resource> list, Predicate<Resource> condition) {
    List<Resource> result = new ArrayList<>();
    for (Resource resource : list) {
      if (condition.test(resource)) {
        result.add(resource);
      }
    }
    return result;
  }
}
