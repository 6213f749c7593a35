package io.tideline.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The source controller's artifact store on the local file system.
 *
 * <p>Each object's files live in {@code <root>/<kind-lowercase>/<namespace>/<name>/}. Writes are
 * atomic (temporary file, fsync, rename) and take the object's lock, so concurrent reconciles of
 * the same object never expose a partial file. URLs are built from the {@link AdvertisedAddress}.
 */
public final class ArtifactStorage {

  private final Path root;
  private final AdvertisedAddress address;
  private final String digestAlgorithm;
  private final GarbageCollector garbageCollector;
  private final Clock clock;
  private final ObjectLocks locks = new ObjectLocks();

  /**
   * @param root the storage folder ({@code --storage-path}); created if missing
   * @param address where consumers reach the file server
   * @param retention GC policy
   * @param digestAlgorithm {@code sha256}, {@code sha384} or {@code sha512}
   * @param clock time source for {@code lastUpdateTime} and the TTL
   */
  public ArtifactStorage(
      Path root,
      AdvertisedAddress address,
      RetentionPolicy retention,
      String digestAlgorithm,
      Clock clock)
      throws IOException {
    Digest.newMessageDigest(digestAlgorithm);
    Files.createDirectories(root);
    this.root = root.toRealPath();
    this.address = address;
    this.digestAlgorithm = digestAlgorithm;
    this.garbageCollector = new GarbageCollector(retention, clock);
    this.clock = clock;
  }

  /** A storage with sha256 digests and the system clock. */
  public ArtifactStorage(Path root, AdvertisedAddress address, RetentionPolicy retention)
      throws IOException {
    this(root, address, retention, Digest.SHA256, Clock.systemUTC());
  }

  /** The storage root (real path). */
  public Path root() {
    return root;
  }

  /**
   * Locks the object's artifacts against concurrent writers in this and other processes. Store
   * operations take the lock themselves; hold it explicitly to make several steps atomic.
   */
  public ObjectLock lock(ObjectKey key) throws IOException {
    return locks.acquire(key, objectDir(key));
  }

  /** Archives {@code dir} as a deterministic tar.gz named {@code fileName}. */
  public StoredArtifact archive(
      ObjectKey key, String fileName, String revision, Path dir, ArchiveFilter filter)
      throws IOException {
    return archive(key, fileName, revision, new DirectoryTree(dir), filter);
  }

  /** Archives {@code tree} as a deterministic tar.gz named {@code fileName}. */
  public StoredArtifact archive(
      ObjectKey key, String fileName, String revision, ArchiveTree tree, ArchiveFilter filter)
      throws IOException {
    DeterministicTarGz tarGz = new DeterministicTarGz(filter);
    return write(key, fileName, revision, out -> tarGz.write(tree, out));
  }

  /**
   * Stores the bytes of {@code content} (e.g. a chart .tgz or an index.yaml) as {@code fileName}.
   */
  public StoredArtifact store(ObjectKey key, String fileName, String revision, InputStream content)
      throws IOException {
    return write(key, fileName, revision, content::transferTo);
  }

  /** Copies {@code source} into storage as {@code fileName}. */
  public StoredArtifact copy(ObjectKey key, String fileName, String revision, Path source)
      throws IOException {
    return write(key, fileName, revision, out -> Files.copy(source, out));
  }

  private StoredArtifact write(
      ObjectKey key, String fileName, String revision, AtomicFileWriter.Body body)
      throws IOException {
    String path = key.pathOf(fileName);
    try (ObjectLock lock = lock(key)) {
      AtomicFileWriter.Written written =
          AtomicFileWriter.write(root.resolve(path), digestAlgorithm, body);
      return new StoredArtifact(
          path, address.urlOf(path), revision, written.digest(), written.size(), now());
    } catch (IOException e) {
      throw new IOException("cannot store artifact '" + path + "': " + e.getMessage(), e);
    }
  }

  /**
   * Points {@code linkName} (e.g. {@code latest.tar.gz}) in the artifact's folder at the artifact,
   * replacing an existing link atomically.
   *
   * @return the URL of the link
   */
  public String symlink(StoredArtifact artifact, String linkName) throws IOException {
    ObjectKey.requireSegment("link name", linkName);
    Path file = localPath(artifact.path());
    Path dir = file.getParent();
    Path temp = dir.resolve(AtomicFileWriter.TEMP_PREFIX + "link-" + UUID.randomUUID());
    try {
      Files.createSymbolicLink(temp, file.getFileName());
      Files.move(temp, dir.resolve(linkName), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw new IOException(
          "cannot link '" + linkName + "' to artifact '" + artifact.path() + "': " + e, e);
    }
    String linkPath = artifact.path().substring(0, artifact.path().lastIndexOf('/') + 1) + linkName;
    return address.urlOf(linkPath);
  }

  /** Whether the artifact's file exists as a regular file. */
  public boolean exists(StoredArtifact artifact) {
    return Files.isRegularFile(localPath(artifact.path()), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Recomputes the digest of the stored file and compares it with the artifact's.
   *
   * @throws DigestMismatchException if the file changed
   */
  public void verify(StoredArtifact artifact) throws IOException, DigestMismatchException {
    Digest actual = Digest.of(artifact.digest().algorithm(), localPath(artifact.path()));
    if (!actual.equals(artifact.digest())) {
      throw new DigestMismatchException(artifact.path(), artifact.digest(), actual);
    }
  }

  /**
   * Deletes the object's old artifact files per the retention policy, keeping {@code current}.
   *
   * @return paths of the deleted files relative to the root
   */
  public List<String> garbageCollect(ObjectKey key, StoredArtifact current) throws IOException {
    try (ObjectLock lock = lock(key)) {
      return garbageCollector.collect(objectDir(key), current.fileName()).stream()
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }

  /** Removes the object's whole folder (on finalization). Missing folders are fine. */
  public void deleteObject(ObjectKey key) throws IOException {
    Path dir = objectDir(key);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (ObjectLock lock = lock(key)) {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              if (e != null) {
                throw e;
              }
              try {
                Files.deleteIfExists(d);
              } catch (DirectoryNotEmptyException raced) {
                // A file was added while deleting; the next finalize attempt removes it.
                throw new IOException("'" + d + "' changed while being deleted", raced);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException gone) {
      // Deleted concurrently.
    }
  }

  /** The local file of a storage-relative path; rejects paths that leave the root. */
  public Path localPath(String relativePath) {
    Path resolved = root.resolve(relativePath).normalize();
    if (!resolved.startsWith(root) || relativePath.startsWith("/")) {
      throw new IllegalArgumentException(
          "artifact path '" + relativePath + "' is outside the storage root");
    }
    return resolved;
  }

  /** The download URL of a storage-relative path. */
  public String urlOf(String relativePath) {
    return address.urlOf(relativePath);
  }

  /** The folder of the object's artifacts. */
  public Path objectDir(ObjectKey key) {
    return root.resolve(key.directory());
  }

  private Instant now() {
    return clock.instant();
  }
}
