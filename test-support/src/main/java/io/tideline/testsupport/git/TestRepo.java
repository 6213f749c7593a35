package io.tideline.testsupport.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A bare Git repository for tests, written directly with JGit (no work tree): commits of whole
 * {@link GitTree}s to branches, branches, lightweight and annotated tags, submodules, and commits
 * or tags signed with a {@link PgpSigningKey}. Serve it with {@link GitHttpServer}, {@link
 * GitDaemonServer} or {@link GitSshServer} by creating it under their base folder.
 */
public final class TestRepo implements AutoCloseable {

  /** The author and committer of every commit and tag. */
  public static final PersonIdent IDENTITY =
      new PersonIdent("Tideline Test", "test@tideline.invalid");

  private final Git git;
  private final Path directory;

  private TestRepo(Git git, Path directory) {
    this.git = git;
    this.directory = directory;
  }

  /** Creates an empty bare repository at {@code dir} whose HEAD points at {@code main}. */
  public static TestRepo createBare(Path dir) throws IOException {
    try {
      Git git = Git.init().setBare(true).setInitialBranch("main").setDirectory(dir.toFile()).call();
      return new TestRepo(git, dir);
    } catch (GitAPIException e) {
      throw new IOException("cannot create bare repository at " + dir, e);
    }
  }

  /** Opens an existing repository. */
  public static TestRepo open(Path dir) throws IOException {
    return new TestRepo(Git.open(dir.toFile()), dir);
  }

  /** The repository folder. */
  public Path directory() {
    return directory;
  }

  /** The JGit repository. */
  public Repository repository() {
    return git.getRepository();
  }

  /** Commits regular files (path → content) as the whole tree of {@code branch}. */
  public ObjectId commitFiles(String branch, String message, Map<String, String> files)
      throws IOException {
    return commit(branch, message, GitTree.of(files), null);
  }

  /**
   * Commits {@code tree} as the whole tree of {@code branch}. A new branch starts with a root
   * commit; call {@link #branch} first to fork from an existing revision.
   */
  public ObjectId commit(String branch, String message, GitTree tree) throws IOException {
    return commit(branch, message, tree, null);
  }

  /**
   * Commits {@code tree} on {@code branch}, signed with {@code signer} when not null.
   *
   * @return the commit id
   */
  public ObjectId commit(String branch, String message, GitTree tree, PgpSigningKey signer)
      throws IOException {
    Repository repo = repository();
    String ref = Constants.R_HEADS + branch;
    ObjectId parent = repo.resolve(ref);
    try (ObjectInserter inserter = repo.newObjectInserter()) {
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(writeTree(inserter, tree));
      if (parent != null) {
        commit.setParentId(parent);
      }
      PersonIdent now = new PersonIdent(IDENTITY, java.time.Instant.now());
      commit.setAuthor(now);
      commit.setCommitter(now);
      commit.setMessage(message);
      if (signer != null) {
        commit.setGpgSignature(signer.sign(commit.build()));
      }
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      updateRef(ref, parent, id);
      return id;
    }
  }

  /**
   * The tree of {@code revision} as an editable {@link GitTree}, to commit a change on top: {@code
   * repo.commit("main", "bump", repo.treeOf("main").file("app.yaml", "v2"))}.
   */
  public GitTree treeOf(String revision) throws IOException {
    GitTree tree = GitTree.empty();
    Repository repo = repository();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk treeWalk = new TreeWalk(repo)) {
      treeWalk.addTree(walk.parseCommit(resolve(revision)).getTree());
      treeWalk.setRecursive(true);
      while (treeWalk.next()) {
        FileMode mode = treeWalk.getFileMode(0);
        ObjectId id = treeWalk.getObjectId(0);
        if (mode == FileMode.GITLINK) {
          tree.raw(treeWalk.getPathString(), mode, null, id);
        } else {
          tree.raw(treeWalk.getPathString(), mode, repo.open(id).getBytes(), null);
        }
      }
    }
    return tree;
  }

  /** Creates or moves branch {@code name} to {@code revision}. */
  public void branch(String name, String revision) throws IOException {
    forceRef(Constants.R_HEADS + name, resolve(revision));
  }

  /** Points HEAD at branch {@code name} (the default branch clients check out). */
  public void setHead(String name) throws IOException {
    RefUpdate.Result result = repository().updateRef(Constants.HEAD).link(Constants.R_HEADS + name);
    if (result != RefUpdate.Result.FORCED
        && result != RefUpdate.Result.NEW
        && result != RefUpdate.Result.NO_CHANGE) {
      throw new IOException("cannot point HEAD at " + name + ": " + result);
    }
  }

  /** Creates lightweight tag {@code name} on {@code revision}. */
  public void lightweightTag(String name, String revision) throws IOException {
    forceRef(Constants.R_TAGS + name, resolve(revision));
  }

  /** Creates annotated tag {@code name} on {@code revision}; returns the tag object id. */
  public ObjectId annotatedTag(String name, String revision, String message) throws IOException {
    return annotatedTag(name, revision, message, null);
  }

  /** Creates annotated tag {@code name}, signed with {@code signer} when not null. */
  public ObjectId annotatedTag(String name, String revision, String message, PgpSigningKey signer)
      throws IOException {
    ObjectId target = resolve(revision);
    try (ObjectInserter inserter = repository().newObjectInserter()) {
      TagBuilder tag = new TagBuilder();
      tag.setTag(name);
      tag.setObjectId(target, Constants.OBJ_COMMIT);
      tag.setTagger(new PersonIdent(IDENTITY, java.time.Instant.now()));
      tag.setMessage(message.endsWith("\n") ? message : message + "\n");
      if (signer != null) {
        tag.setGpgSignature(signer.sign(tag.build()));
      }
      ObjectId id = inserter.insert(tag);
      inserter.flush();
      forceRef(Constants.R_TAGS + name, id);
      return id;
    }
  }

  /** Resolves a revision ({@code main}, {@code v1.0.0}, a SHA) to an object id. */
  public ObjectId resolve(String revision) throws IOException {
    ObjectId id = repository().resolve(revision);
    if (id == null) {
      throw new IOException("revision '" + revision + "' not found in " + directory);
    }
    return id;
  }

  @Override
  public void close() {
    git.close();
  }

  private static ObjectId writeTree(ObjectInserter inserter, GitTree tree) throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (Map.Entry<String, GitTree.Entry> e : tree.entries().entrySet()) {
      GitTree.Entry entry = e.getValue();
      DirCacheEntry dirCacheEntry = new DirCacheEntry(e.getKey());
      dirCacheEntry.setFileMode(entry.mode());
      dirCacheEntry.setObjectId(
          entry.submoduleCommit() != null
              ? entry.submoduleCommit()
              : inserter.insert(Constants.OBJ_BLOB, entry.content()));
      builder.add(dirCacheEntry);
    }
    builder.finish();
    return index.writeTree(inserter);
  }

  private void updateRef(String ref, ObjectId expectedOld, ObjectId id) throws IOException {
    RefUpdate update = repository().updateRef(ref);
    update.setNewObjectId(id);
    update.setExpectedOldObjectId(expectedOld == null ? ObjectId.zeroId() : expectedOld);
    update.setRefLogIdent(IDENTITY);
    RefUpdate.Result result = update.update();
    if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
      throw new IOException("cannot update " + ref + " to " + id.name() + ": " + result);
    }
  }

  private void forceRef(String ref, ObjectId id) throws IOException {
    RefUpdate update = repository().updateRef(ref);
    update.setNewObjectId(id);
    update.setForceUpdate(true);
    RefUpdate.Result result = update.update();
    if (result == RefUpdate.Result.LOCK_FAILURE
        || result == RefUpdate.Result.IO_FAILURE
        || result == RefUpdate.Result.REJECTED) {
      throw new IOException("cannot update " + ref + " to " + id.name() + ": " + result);
    }
  }
}
