package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStorageTest {

  private static final ObjectKey REPO = new ObjectKey("GitRepository", "flux-system", "podinfo");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path tmp;
  private MutableClock clock;
  private ArtifactStorage storage;

  @BeforeEach
  void setUp() throws IOException {
    clock = new MutableClock(T0);
    storage =
        new ArtifactStorage(
            tmp.resolve("data"),
            new AdvertisedAddress("source-controller.flux-system.svc.cluster.local."),
            new RetentionPolicy(2, Duration.ofSeconds(60)),
            Digest.SHA256,
            clock);
  }

  @Test
  void archiveWritesFluxLayoutWithDigestSizeAndUrl() throws IOException {
    Path tree = DeterministicTarGzTest.tree(tmp.resolve("tree"));

    StoredArtifact artifact =
        storage.archive(REPO, "abc123.tar.gz", "main@sha1:abc123", tree, ArchiveFilter.NONE);

    assertThat(artifact.path()).isEqualTo("gitrepository/flux-system/podinfo/abc123.tar.gz");
    assertThat(artifact.url())
        .isEqualTo(
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/podinfo/abc123.tar.gz");
    Path file = storage.localPath(artifact.path());
    assertThat(artifact.size()).isEqualTo(Files.size(file));
    assertThat(artifact.digest()).isEqualTo(Digest.of("sha256", file));
    assertThat(artifact.lastUpdateTime()).isEqualTo(T0);
    assertThat(storage.exists(artifact)).isTrue();
    assertThat(file.getParent()).isDirectoryNotContaining("glob:**/.tmp-*");
  }

  @Test
  void sameTreeStoredTwiceHasTheSameDigest() throws IOException {
    Path tree = DeterministicTarGzTest.tree(tmp.resolve("tree"));
    StoredArtifact first = storage.archive(REPO, "a.tar.gz", "r", tree, ArchiveFilter.NONE);
    Files.setLastModifiedTime(tree.resolve("README.md"), FileTime.fromMillis(12345));
    StoredArtifact second = storage.archive(REPO, "b.tar.gz", "r", tree, ArchiveFilter.NONE);

    assertThat(second.digest()).isEqualTo(first.digest());
  }

  @Test
  void latestSymlinkFollowsTheNewestArtifact() throws IOException {
    StoredArtifact first = store("one.tar.gz", "1");
    String url = storage.symlink(first, "latest.tar.gz");
    StoredArtifact second = store("two.tar.gz", "2");
    storage.symlink(second, "latest.tar.gz");

    Path link = storage.objectDir(REPO).resolve("latest.tar.gz");
    assertThat(url)
        .isEqualTo(
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/podinfo/latest.tar.gz");
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("two.tar.gz"));
    assertThat(link).hasContent("2");
  }

  @Test
  void verifyDetectsAChangedFile() throws IOException {
    StoredArtifact artifact = store("one.tar.gz", "1");
    Files.writeString(storage.localPath(artifact.path()), "tampered");

    assertThatThrownBy(() -> storage.verify(artifact))
        .isInstanceOf(DigestMismatchException.class)
        .hasMessageContaining(artifact.digest().toString());
  }

  @Test
  void garbageCollectKeepsNewestRecordsAndCurrent() throws IOException {
    List<StoredArtifact> stored = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stored.add(store("r" + i + ".tar.gz", "content " + i));
      age("r" + i + ".tar.gz", Duration.ofSeconds(50 - i));
    }
    storage.symlink(stored.get(4), "latest.tar.gz");

    List<String> deleted = storage.garbageCollect(REPO, stored.get(4));

    assertThat(deleted)
        .extracting(p -> p.substring(p.lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("r0.tar.gz", "r1.tar.gz", "r2.tar.gz");
    assertThat(fileNames())
        .containsExactlyInAnyOrder(".lock", "latest.tar.gz", "r3.tar.gz", "r4.tar.gz");
  }

  @Test
  void garbageCollectDeletesExpiredFilesButNeverTheCurrentOne() throws IOException {
    StoredArtifact old = store("old.tar.gz", "old");
    StoredArtifact current = store("current.tar.gz", "current");
    age("old.tar.gz", Duration.ofSeconds(61));
    age("current.tar.gz", Duration.ofHours(5));

    assertThat(storage.garbageCollect(REPO, current)).containsExactly(old.path());
    assertThat(fileNames()).containsExactlyInAnyOrder(".lock", "current.tar.gz");
  }

  @Test
  void garbageCollectKeepsFreshFilesWithinRecords() throws IOException {
    store("a.tar.gz", "a");
    StoredArtifact current = store("b.tar.gz", "b");
    age("a.tar.gz", Duration.ofSeconds(30));

    assertThat(storage.garbageCollect(REPO, current)).isEmpty();
  }

  @Test
  void concurrentWritesToTheSameObjectNeverExposeAPartialFile() throws Exception {
    byte[][] contents = new byte[8][];
    for (int i = 0; i < contents.length; i++) {
      contents[i] = ("writer-" + i + "-").repeat(20_000).getBytes(StandardCharsets.UTF_8);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<StoredArtifact>> futures = new ArrayList<>();
      for (byte[] content : contents) {
        futures.add(
            pool.submit(
                () -> storage.store(REPO, "same.tar.gz", "r", new ByteArrayInputStream(content))));
      }
      for (Future<StoredArtifact> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    byte[] finalBytes = Files.readAllBytes(storage.objectDir(REPO).resolve("same.tar.gz"));
    assertThat(Stream.of(contents).anyMatch(c -> java.util.Arrays.equals(c, finalBytes))).isTrue();
    assertThat(fileNames()).containsExactlyInAnyOrder(".lock", "same.tar.gz");
  }

  @Test
  void lockIsExclusiveAcrossThreadsAndReentrant() throws Exception {
    try (ObjectLock outer = storage.lock(REPO);
        ObjectLock inner = storage.lock(REPO)) {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<?> other =
            pool.submit(
                () -> {
                  storage.lock(REPO).close();
                  return null;
                });
        Thread.sleep(200);
        assertThat(other).isNotDone();
        inner.close();
        outer.close();
        other.get(10, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void deleteObjectRemovesTheWholeFolder() throws IOException {
    StoredArtifact artifact = store("one.tar.gz", "1");
    storage.symlink(artifact, "latest.tar.gz");

    storage.deleteObject(REPO);
    storage.deleteObject(REPO);

    assertThat(storage.objectDir(REPO)).doesNotExist();
    assertThat(storage.root().resolve("gitrepository/flux-system")).isDirectory();
  }

  @Test
  void rejectsNamesAndPathsThatLeaveTheRoot() {
    assertThatThrownBy(() -> new ObjectKey("GitRepository", "..", "x"))
        .hasMessageContaining("namespace '..'");
    assertThatThrownBy(() -> REPO.pathOf("../x.tar.gz")).hasMessageContaining("file name");
    assertThatThrownBy(() -> storage.localPath("../../etc/passwd"))
        .hasMessageContaining("outside the storage root");
  }

  private StoredArtifact store(String fileName, String content) throws IOException {
    return storage.store(
        REPO,
        fileName,
        content,
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private void age(String fileName, Duration age) throws IOException {
    Files.setLastModifiedTime(
        storage.objectDir(REPO).resolve(fileName), FileTime.from(T0.minus(age)));
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(storage.objectDir(REPO))) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
