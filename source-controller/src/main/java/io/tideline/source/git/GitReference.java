package io.tideline.source.git;

/**
 * What a GitRepository asks to check out ({@code spec.ref}). Precedence as in Flux: {@code commit}
 * beats {@code name}, which beats {@code semver}, which beats {@code tag}, which beats {@code
 * branch}; nothing set means branch {@code master}. A commit may be combined with a branch, which
 * then names the pointer and limits what is fetched.
 */
public record GitReference(String branch, String tag, String semver, String name, String commit) {

  /** The kinds of checkout, in order of precedence. */
  public enum Kind {
    COMMIT,
    NAME,
    SEMVER,
    TAG,
    BRANCH
  }

  /** Flux's default when {@code spec.ref} is absent. */
  public static final String DEFAULT_BRANCH = "master";

  public GitReference {
    branch = blankToNull(branch);
    tag = blankToNull(tag);
    semver = blankToNull(semver);
    name = blankToNull(name);
    commit = blankToNull(commit);
  }

  public static GitReference branch(String branch) {
    return new GitReference(branch, null, null, null, null);
  }

  public static GitReference tag(String tag) {
    return new GitReference(null, tag, null, null, null);
  }

  public static GitReference semver(String range) {
    return new GitReference(null, null, range, null, null);
  }

  public static GitReference name(String name) {
    return new GitReference(null, null, null, name, null);
  }

  public static GitReference commit(String commit) {
    return new GitReference(null, null, null, null, commit);
  }

  /** Which strategy applies. */
  public Kind kind() {
    if (commit != null) {
      return Kind.COMMIT;
    }
    if (name != null) {
      return Kind.NAME;
    }
    if (semver != null) {
      return Kind.SEMVER;
    }
    if (tag != null) {
      return Kind.TAG;
    }
    return Kind.BRANCH;
  }

  /** The branch to follow: {@code spec.ref.branch} or {@code master}. */
  public String effectiveBranch() {
    return branch == null ? DEFAULT_BRANCH : branch;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Override
  public String toString() {
    return switch (kind()) {
      case COMMIT ->
          branch == null
              ? "commit '" + commit + "'"
              : "commit '" + commit + "' on branch '" + branch + "'";
      case NAME -> "ref '" + name + "'";
      case SEMVER -> "semver range '" + semver + "'";
      case TAG -> "tag '" + tag + "'";
      case BRANCH -> "branch '" + effectiveBranch() + "'";
    };
  }
}
