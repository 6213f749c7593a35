package io.tideline.source.gitrepository;

import io.tideline.api.source.v1.GitRepositorySpec;
import io.tideline.artifact.AdvertisedAddress;
import io.tideline.artifact.ArtifactStorage;
import io.tideline.artifact.RetentionPolicy;
import io.tideline.source.git.CheckedOutRepository;
import io.tideline.source.git.GitClient;
import io.tideline.source.git.GitCredentials;
import io.tideline.source.git.GitOperationException;
import io.tideline.source.git.GitReference;
import io.tideline.source.git.GitRevision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Builds one artifact from a throw-away local repository, through the same ref listing, shallow
 * fetch, commit-tree walk, ignore rules and deterministic tar.gz as a real GitRepository. Run once
 * at start-up, it moves the JVM's class loading and first compilation of that code out of the first
 * real reconcile (which otherwise pays about a second of CPU for it) into start-up.
 */
public final class ArtifactWarmUp {

  /** Enough objects for the JIT to compile the hot loops (hashing, inflating, tar writing). */
  private static final int FILES = 600;

  private ArtifactWarmUp() {}

  /** Builds and discards one artifact; returns its digest. */
  public static String run() throws IOException {
    Path work = Files.createTempDirectory("tideline-warm-up-");
    try {
      String url = sourceRepository(work.resolve("source")).toUri().toString();
      GitClient git = new GitClient(Duration.ofSeconds(30));
      GitReference main = GitReference.branch("main");
      GitRevision revision = git.resolve(main, git.listRemote(url, GitCredentials.NONE), url);
      try (CheckedOutRepository checkout =
          git.checkout(url, GitCredentials.NONE, main, revision, false, work.resolve("checkout"))) {
        ArchiveContent content = ArchiveContent.of(checkout, new GitRepositorySpec());
        ArtifactStorage storage =
            new ArtifactStorage(
                work.resolve("storage"),
                new AdvertisedAddress("http://localhost"),
                RetentionPolicy.DEFAULT);
        return storage
            .archive(
                ArtifactMapping.key("warm-up", "warm-up"),
                ArtifactMapping.fileName(checkout.revision()),
                checkout.revision().toString(),
                content.tree(),
                content.filter())
            .digest()
            .toString();
      }
    } catch (GitOperationException e) {
      throw new IOException("warm-up build failed: " + e.getMessage(), e);
    } finally {
      deleteTree(work);
    }
  }

  private static Path sourceRepository(Path dir) throws IOException {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      for (int i = 0; i < FILES; i++) {
        Path file = dir.resolve("apps/app-" + (i % 8) + "/manifest-" + i + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, manifest(i), StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve(".sourceignore"), "*.md\n", StandardCharsets.UTF_8);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("warm-up").setSign(false).call();
      return dir;
    } catch (GitAPIException e) {
      throw new IOException("cannot create the warm-up repository: " + e.getMessage(), e);
    }
  }

  private static String manifest(int i) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: warm-up-%d\ndata:\n  index: \"%d\"\n"
            .formatted(i, i)
        + ("  line-%d: \"%s\"\n".formatted(i, Integer.toHexString(i * 7919))).repeat(16);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temp folder left behind is harmless
    }
  }
}
