package io.tideline.source.gitrepository;

import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.artifact.ArchiveFilter;
import io.tideline.artifact.ArchiveTree;
import io.tideline.artifact.DirectoryTree;
import io.tideline.source.git.CheckedOutRepository;
import io.tideline.source.git.CommitTree;
import io.tideline.source.git.GitOperationException;
import io.tideline.source.git.SourceIgnore;
import io.tideline.source.git.SparseCheckoutFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What goes into a GitRepository artifact: the checked-out tree — read from the object database
 * when possible, else the working tree on disk — and the filter of {@code spec.sparseCheckout},
 * {@code .sourceignore} files and {@code spec.ignore}. Both sources give the same archive.
 */
record ArchiveContent(ArchiveTree tree, ArchiveFilter filter) {

  /**
   * @throws GitOperationException if a sparse checkout folder is not in the repository
   * @throws IOException if the tree or an ignore file cannot be read
   */
  static ArchiveContent of(CheckedOutRepository checkout, GitRepositorySpec spec)
      throws GitOperationException, IOException {
    List<String> sparseDirs =
        spec.getSparseCheckout() == null ? List.of() : spec.getSparseCheckout();
    CommitTree commit = checkout.commitTree(sparseDirs);
    if (commit != null) {
      ArchiveFilter sparse =
          sparseDirs.isEmpty()
              ? ArchiveFilter.NONE
              : SparseCheckoutFilter.of(sparseDirs, commit::isDirectory);
      return new ArchiveContent(
          commit, combine(sparse, SourceIgnore.load(commit, spec.getIgnore(), sparse)));
    }
    Path dir;
    try {
      dir = checkout.workTree();
    } catch (IOException e) {
      throw new IOException("cannot write the working tree: " + e.getMessage(), e);
    }
    ArchiveFilter sparse =
        sparseDirs.isEmpty() ? ArchiveFilter.NONE : SparseCheckoutFilter.of(sparseDirs, dir);
    return new ArchiveContent(
        new DirectoryTree(dir), combine(sparse, SourceIgnore.load(dir, spec.getIgnore(), sparse)));
  }

  private static ArchiveFilter combine(ArchiveFilter sparse, SourceIgnore ignore) {
    return (path, isDir) -> sparse.exclude(path, isDir) || ignore.exclude(path, isDir);
  }
}
