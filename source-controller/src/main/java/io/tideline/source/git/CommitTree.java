package io.tideline.source.git;

import io.tideline.artifact.ArchiveTree;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A commit's tree read straight from the object database, as an {@link ArchiveTree}: the same
 * entries {@link WorkTreeWriter} would put on disk (regular and executable files, symbolic links,
 * the folders holding them; submodule entries left out), without writing or re-reading a file.
 * Indexes the tree objects once; file contents are read when archived. Not thread-safe; close it to
 * release the object reader.
 */
public final class CommitTree implements ArchiveTree, AutoCloseable {

  private final ObjectReader reader;
  private final Map<String, List<Entry>> children = new HashMap<>();
  private final Map<String, ObjectId> blobs = new HashMap<>();
  private final List<String> symlinks = new ArrayList<>();

  private CommitTree(ObjectReader reader) {
    this.reader = reader;
    children.put("", new ArrayList<>());
  }

  /**
   * Indexes the tree of {@code commit}.
   *
   * @throws IOException if an object is missing, or a path would land inside {@code .git}
   */
  static CommitTree of(Repository repo, ObjectId commit) throws IOException {
    CommitTree tree = new CommitTree(repo.newObjectReader());
    try (RevWalk walk = new RevWalk(tree.reader);
        TreeWalk entries = new TreeWalk(tree.reader)) {
      entries.addTree(walk.parseCommit(commit).getTree());
      entries.setRecursive(true);
      while (entries.next()) {
        tree.add(entries.getPathString(), entries.getFileMode(0), entries.getObjectId(0));
      }
    } catch (IOException | RuntimeException e) {
      tree.close();
      throw e;
    }
    return tree;
  }

  private void add(String path, FileMode mode, ObjectId id) throws IOException {
    WorkTreeWriter.requireInsideWorkTree(path);
    Kind kind;
    if (mode == FileMode.REGULAR_FILE) {
      kind = Kind.FILE;
    } else if (mode == FileMode.EXECUTABLE_FILE) {
      kind = Kind.EXECUTABLE_FILE;
    } else if (mode == FileMode.SYMLINK) {
      kind = Kind.SYMLINK;
      symlinks.add(path);
    } else {
      return; // a submodule: nothing of it is in this repository
    }
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? "" : path.substring(0, slash);
    addDirectory(parent);
    children.get(parent).add(new Entry(path.substring(slash + 1), kind));
    if (kind != Kind.SYMLINK) {
      blobs.put(path, id.copy());
    }
  }

  private void addDirectory(String dir) {
    if (children.containsKey(dir)) {
      return;
    }
    children.put(dir, new ArrayList<>());
    int slash = dir.lastIndexOf('/');
    String parent = slash < 0 ? "" : dir.substring(0, slash);
    addDirectory(parent);
    children.get(parent).add(new Entry(dir.substring(slash + 1), Kind.DIRECTORY));
  }

  @Override
  public List<Entry> list(String path) throws IOException {
    List<Entry> entries = children.get(path);
    if (entries == null) {
      throw new IOException("'" + path + "' is not a folder of the commit");
    }
    return List.copyOf(entries);
  }

  @Override
  public FileContent open(String path) throws IOException {
    ObjectLoader loader = blob(path);
    return new FileContent() {
      @Override
      public long size() {
        return loader.getSize();
      }

      @Override
      public void copyTo(OutputStream out) throws IOException {
        loader.copyTo(out);
      }
    };
  }

  /** Whether {@code path} is a folder of the commit. */
  public boolean isDirectory(String path) {
    return children.containsKey(path);
  }

  /** The regular files named {@code name}, anywhere in the tree. */
  List<String> filesNamed(String name) {
    return blobs.keySet().stream()
        .filter(p -> p.equals(name) || p.endsWith("/" + name))
        .sorted()
        .toList();
  }

  /** Whether {@code path} is a symbolic link or lies under one. */
  boolean throughSymlink(String path) {
    return symlinks.stream().anyMatch(link -> path.equals(link) || path.startsWith(link + "/"));
  }

  /** The paths of the symbolic links in the tree. */
  List<String> symlinks() {
    return List.copyOf(symlinks);
  }

  /** The content of the regular file {@code path}. */
  byte[] read(String path) throws IOException {
    return blob(path).getCachedBytes(Integer.MAX_VALUE);
  }

  private ObjectLoader blob(String path) throws IOException {
    ObjectId id = blobs.get(path);
    if (id == null) {
      throw new IOException("'" + path + "' is not a file of the commit");
    }
    return reader.open(id, Constants.OBJ_BLOB);
  }

  @Override
  public void close() {
    reader.close();
  }
}
