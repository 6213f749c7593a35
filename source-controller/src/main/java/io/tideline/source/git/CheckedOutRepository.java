package io.tideline.source.git;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A working tree checked out at {@link #revision()}, with access to the raw commit and (for tag
 * checkouts) the tag object for signature verification.
 */
public final class CheckedOutRepository implements AutoCloseable {

  private final Git git;
  private final GitRevision revision;
  private final String tagRef;

  CheckedOutRepository(Git git, GitRevision revision, String tagRef) {
    this.git = git;
    this.revision = revision;
    this.tagRef = tagRef;
  }

  public GitRevision revision() {
    return revision;
  }

  /** The working tree folder. */
  public Path workTree() {
    return git.getRepository().getWorkTree().toPath();
  }

  /** The checked-out commit. */
  public RevCommit commit() throws IOException {
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(revision.commit()));
      walk.parseBody(c);
      return c;
    }
  }

  /** The annotated tag object of a tag checkout, or null (lightweight tag, or not a tag). */
  public RevTag annotatedTag() throws IOException {
    if (tagRef == null) {
      return null;
    }
    Repository repo = git.getRepository();
    Ref ref = repo.exactRef(tagRef);
    if (ref == null) {
      return null;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevObject o = walk.parseAny(ref.getObjectId());
      if (o instanceof RevTag tag) {
        walk.parseBody(tag);
        return tag;
      }
      return null;
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
