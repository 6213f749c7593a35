package io.tideline.source.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A fetched commit at {@link #revision()}: its tree straight from the object database ({@link
 * #commitTree}), or written to a working tree on disk when something must be added to it or
 * followed there ({@link #workTree()}); with access to the raw commit and (for tag checkouts) the
 * tag object for signature verification.
 */
public final class CheckedOutRepository implements AutoCloseable {

  private final Git git;
  private final GitRevision revision;
  private final String tagRef;
  private final CommitTree tree;
  private boolean written;

  /**
   * @param tree the commit's tree, or null when the working tree is already on disk (a checkout
   *     with submodules)
   */
  CheckedOutRepository(Git git, GitRevision revision, String tagRef, CommitTree tree) {
    this.git = git;
    this.revision = revision;
    this.tagRef = tagRef;
    this.tree = tree;
    this.written = tree == null;
  }

  public GitRevision revision() {
    return revision;
  }

  /**
   * The working tree folder, written from the object database on first use. Once written, the
   * artifact is built from it (it may have been changed, e.g. by included artifacts).
   */
  public Path workTree() throws IOException {
    Repository repo = git.getRepository();
    if (!written) {
      WorkTreeWriter.write(
          repo, ObjectId.fromString(revision.commit()), repo.getWorkTree().toPath());
      written = true;
    }
    return repo.getWorkTree().toPath();
  }

  /**
   * The commit's tree read from the object database, or null when the artifact must be built from
   * {@link #workTree()}: it was written (submodules, included artifacts), or building it means
   * following a symbolic link the way the file system does — a linked {@code .sourceignore}, or a
   * sparse checkout folder that is or lies under a link.
   *
   * @param sparseDirs {@code spec.sparseCheckout}, may be empty
   */
  public CommitTree commitTree(List<String> sparseDirs) {
    if (written) {
      return null;
    }
    boolean followsLinks =
        tree.symlinks().stream()
                .anyMatch(
                    p ->
                        p.equals(SourceIgnore.FILE_NAME)
                            || p.endsWith("/" + SourceIgnore.FILE_NAME))
            || sparseDirs.stream()
                .map(SparseCheckoutFilter::normalize)
                .anyMatch(tree::throughSymlink);
    return followsLinks ? null : tree;
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
    if (tree != null) {
      tree.close();
    }
    git.close();
  }
}
