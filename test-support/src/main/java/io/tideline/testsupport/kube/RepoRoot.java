package io.tideline.testsupport.kube;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the Tideline checkout from a test's working directory (a module folder). */
public final class RepoRoot {
  private RepoRoot() {}

  /** The nearest ancestor of the working directory that holds {@code hack/envtest.sh}. */
  public static Path find() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("hack/envtest.sh"))) {
        return p;
      }
    }
    throw new IllegalStateException("no hack/envtest.sh above " + dir);
  }
}
