package io.tideline.artifact;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Deletes old artifact files of one object according to a {@link RetentionPolicy}. Symbolic links
 * (e.g. {@code latest.tar.gz}), the lock file and sub-folders are never touched; leftover temporary
 * files of interrupted writes are deleted once older than the TTL.
 */
final class GarbageCollector {

  private final RetentionPolicy policy;
  private final Clock clock;

  GarbageCollector(RetentionPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Deletes the garbage in {@code objectDir}, keeping {@code currentFile} whatever its age.
   *
   * @return the deleted files
   */
  List<Path> collect(Path objectDir, String currentFile) throws IOException {
    if (!Files.isDirectory(objectDir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    Instant expiredBefore = clock.instant().minus(policy.ttl());
    List<Candidate> candidates = new ArrayList<>();
    List<Path> deleted = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(objectDir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()
            || name.equals(currentFile)
            || name.endsWith(ObjectLocks.LOCK_FILE)) {
          continue;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (name.startsWith(AtomicFileWriter.TEMP_PREFIX)) {
          if (modified.isBefore(expiredBefore)) {
            delete(file, deleted);
          }
          continue;
        }
        candidates.add(new Candidate(file, name, modified));
      }
    }
    candidates.sort(
        Comparator.comparing(Candidate::modified)
            .reversed()
            .thenComparing(Candidate::name, Comparator.reverseOrder()));
    int keepSlots = Math.max(0, policy.records() - 1);
    for (Candidate candidate : candidates) {
      if (!candidate.modified().isBefore(expiredBefore) && keepSlots > 0) {
        keepSlots--;
      } else {
        delete(candidate.file(), deleted);
      }
    }
    return deleted;
  }

  private static void delete(Path file, List<Path> deleted) throws IOException {
    try {
      Files.delete(file);
      deleted.add(file);
    } catch (NoSuchFileException e) {
      // Deleted concurrently: already gone.
    }
  }

  private record Candidate(Path file, String name, Instant modified) {}
}
