package io.tideline.source.git;

import java.util.Locale;
import java.util.Objects;

/**
 * A Git artifact revision in Flux's format (RFC-0005): {@code <pointer>@sha1:<hex>} when the
 * checkout followed a named pointer (branch, tag or full ref name), {@code sha1:<hex>} for a bare
 * commit.
 *
 * @param pointer branch name, tag name or full ref name; null for a bare commit
 * @param commit the 40 hex digits of the checked-out commit
 */
public record GitRevision(String pointer, String commit) {

  public GitRevision {
    Objects.requireNonNull(commit, "commit");
    commit = commit.toLowerCase(Locale.ROOT);
    if (!commit.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a full commit hash: '" + commit + "'");
    }
    if (pointer != null && pointer.isEmpty()) {
      pointer = null;
    }
  }

  /** {@code sha1} or {@code sha256}, by the hash length. */
  public String algorithm() {
    return commit.length() == 40 ? "sha1" : "sha256";
  }

  /** {@code <algo>:<hex>}. */
  public String digest() {
    return algorithm() + ":" + commit;
  }

  /**
   * Parses a revision string; the digest is the text after the last {@code @}. Returns null when
   * the text is not a Git revision (e.g. an empty status).
   */
  public static GitRevision parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    int at = text.lastIndexOf('@');
    String pointer = at < 0 ? null : text.substring(0, at);
    String digest = at < 0 ? text : text.substring(at + 1);
    int colon = digest.indexOf(':');
    if (colon < 0) {
      return null;
    }
    try {
      return new GitRevision(pointer, digest.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return pointer == null ? digest() : pointer + "@" + digest();
  }
}
