package io.tideline.source.git;

import java.util.Map;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Resolves a {@link GitReference} against a remote's advertised refs (full ref name → peeled commit
 * id) into the revision a checkout would produce, without cloning. This is what makes an unchanged
 * remote a no-op.
 */
final class RefResolver {

  private RefResolver() {}

  static GitRevision resolve(GitReference ref, Map<String, String> remoteRefs, String url)
      throws GitOperationException {
    return switch (ref.kind()) {
      case COMMIT -> new GitRevision(ref.branch(), ref.commit());
      case NAME -> new GitRevision(ref.name(), require(remoteRefs, ref.name(), url));
      case TAG -> new GitRevision(ref.tag(), require(remoteRefs, "refs/tags/" + ref.tag(), url));
      case BRANCH ->
          new GitRevision(
              ref.effectiveBranch(),
              require(remoteRefs, "refs/heads/" + ref.effectiveBranch(), url));
      case SEMVER -> {
        String tag = highestMatchingTag(ref.semver(), remoteRefs, url);
        yield new GitRevision(tag, remoteRefs.get("refs/tags/" + tag));
      }
    };
  }

  /**
   * The full ref name a checkout of {@code ref} at {@code revision} fetches; null for "all heads".
   */
  static String fetchRef(GitReference ref, GitRevision revision) {
    return switch (ref.kind()) {
      case COMMIT -> ref.branch() == null ? null : "refs/heads/" + ref.branch();
      case NAME -> ref.name();
      case TAG, SEMVER -> "refs/tags/" + revision.pointer();
      case BRANCH -> "refs/heads/" + ref.effectiveBranch();
    };
  }

  static String highestMatchingTag(String range, Map<String, String> remoteRefs, String url)
      throws GitOperationException {
    String normalizedRange = range.replace(",", " ").trim();
    Semver best = null;
    String bestTag = null;
    for (String refName : remoteRefs.keySet()) {
      if (!refName.startsWith("refs/tags/")) {
        continue;
      }
      String tag = refName.substring("refs/tags/".length());
      Optional<Semver> version = parseLenient(tag);
      if (version.isEmpty()) {
        continue;
      }
      Semver v = version.get();
      boolean matches;
      try {
        matches = v.satisfies(normalizedRange);
      } catch (RuntimeException e) {
        throw new GitOperationException(
            "semver parse error: improper constraint: " + range, false, e);
      }
      if (matches && (best == null || v.isGreaterThan(best))) {
        best = v;
        bestTag = tag;
      }
    }
    if (bestTag == null) {
      throw new GitOperationException(
          "no match found for semver: " + range + " in tags of '" + url + "'");
    }
    return bestTag;
  }

  static Optional<Semver> parseLenient(String tag) {
    String s = tag.startsWith("v") || tag.startsWith("V") ? tag.substring(1) : tag;
    Semver strict = Semver.parse(s);
    if (strict != null) {
      return Optional.of(strict);
    }
    String core = s;
    String rest = "";
    int cut = indexOfAny(s, '-', '+');
    if (cut >= 0) {
      core = s.substring(0, cut);
      rest = s.substring(cut);
    }
    if (!core.matches("\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    String padded = core.contains(".") ? core + ".0" : core + ".0.0";
    return Optional.ofNullable(Semver.parse(padded + rest));
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    if (j < 0) return i;
    return Math.min(i, j);
  }

  private static String require(Map<String, String> refs, String name, String url)
      throws GitOperationException {
    String commit = refs.get(name);
    if (commit == null) {
      throw new GitOperationException(
          "unable to clone '" + url + "': couldn't find remote ref '" + name + "'");
    }
    return commit;
  }
}
