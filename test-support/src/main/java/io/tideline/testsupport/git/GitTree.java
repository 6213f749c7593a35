package io.tideline.testsupport.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The full content of a commit for {@link TestRepo}: files (regular or executable), symbolic links
 * and submodules. Submodules also produce the {@code .gitmodules} file.
 */
public final class GitTree {

  /** One tree entry: its mode and either content bytes or a submodule commit. */
  record Entry(FileMode mode, byte[] content, ObjectId submoduleCommit) {}

  private final Map<String, Entry> entries = new TreeMap<>();
  private final Map<String, String> submoduleUrls = new LinkedHashMap<>();

  /** An empty tree. */
  public static GitTree empty() {
    return new GitTree();
  }

  /** A tree of regular files, path → UTF-8 content. */
  public static GitTree of(Map<String, String> files) {
    GitTree tree = new GitTree();
    files.forEach(tree::file);
    return tree;
  }

  /** A tree with the regular files of {@code dir} (executable bits kept, links as links). */
  public static GitTree fromDirectory(Path dir) throws IOException {
    GitTree tree = new GitTree();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String relative = dir.relativize(path).toString().replace('\\', '/');
        if (relative.isEmpty() || relative.equals(".git") || relative.startsWith(".git/")) {
          continue;
        }
        if (Files.isSymbolicLink(path)) {
          tree.symlink(relative, Files.readSymbolicLink(path).toString());
        } else if (Files.isRegularFile(path)) {
          byte[] content = Files.readAllBytes(path);
          FileMode mode =
              Files.isExecutable(path) ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE;
          tree.entries.put(relative, new Entry(mode, content, null));
        }
      }
    }
    return tree;
  }

  /** Adds or replaces a regular file. */
  public GitTree file(String path, String content) {
    entries.put(path, new Entry(FileMode.REGULAR_FILE, utf8(content), null));
    return this;
  }

  /** Adds or replaces an executable file. */
  public GitTree executable(String path, String content) {
    entries.put(path, new Entry(FileMode.EXECUTABLE_FILE, utf8(content), null));
    return this;
  }

  /** Adds a symbolic link pointing at {@code target}. */
  public GitTree symlink(String path, String target) {
    entries.put(path, new Entry(FileMode.SYMLINK, utf8(target), null));
    return this;
  }

  /** Adds a submodule at {@code path} pinned to {@code commit} of the repository at {@code url}. */
  public GitTree submodule(String path, String url, ObjectId commit) {
    entries.put(path, new Entry(FileMode.GITLINK, null, commit));
    submoduleUrls.put(path, url);
    return this;
  }

  /** Adds a raw entry read from an existing commit ({@link TestRepo#treeOf}). */
  GitTree raw(String path, FileMode mode, byte[] content, ObjectId submoduleCommit) {
    entries.put(path, new Entry(mode, content, submoduleCommit));
    return this;
  }

  /** Removes a path. */
  public GitTree remove(String path) {
    entries.remove(path);
    submoduleUrls.remove(path);
    return this;
  }

  /** All entries including a generated {@code .gitmodules}, sorted by path. */
  Map<String, Entry> entries() {
    Map<String, Entry> all = new TreeMap<>(entries);
    if (!submoduleUrls.isEmpty()) {
      StringBuilder gitmodules = new StringBuilder();
      submoduleUrls.forEach(
          (path, url) ->
              gitmodules
                  .append("[submodule \"")
                  .append(path)
                  .append("\"]\n\tpath = ")
                  .append(path)
                  .append("\n\turl = ")
                  .append(url)
                  .append('\n'));
      all.put(".gitmodules", new Entry(FileMode.REGULAR_FILE, utf8(gitmodules.toString()), null));
    }
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
