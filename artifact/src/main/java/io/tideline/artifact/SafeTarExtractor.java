package io.tideline.artifact;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts a tar.gz into a folder without ever writing outside it.
 *
 * <p>Rejected (the whole extraction fails with {@link UnsafeArchiveException}): absolute names,
 * names with a {@code ..} segment, symbolic links whose target is absolute or resolves outside the
 * folder, hard links to anything but an already extracted file inside the folder, devices and
 * fifos, and an entry that would replace a directory with a link. Hard links are materialised as
 * copies. Extraction also stops with {@link ArtifactTooLargeException} beyond {@code maxBytes} of
 * file content or {@code maxEntries} entries. Executable bits are kept for the owner; other modes
 * and times are not restored.
 */
public final class SafeTarExtractor {

  private final long maxBytes;
  private final int maxEntries;

  /** What an extraction produced. */
  public record Extracted(int entries, long bytes) {}

  /**
   * @param maxBytes limit on the total size of extracted file content
   * @param maxEntries limit on the number of archive entries
   */
  public SafeTarExtractor(long maxBytes, int maxEntries) {
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  /** Extracts {@code archive} (a tar.gz) into {@code target}, creating it if needed. */
  public Extracted extract(Path archive, Path target) throws IOException, ArtifactFetchException {
    Files.createDirectories(target);
    Path root = target.toRealPath();
    String source = archive.getFileName().toString();
    int entries = 0;
    long bytes = 0;
    try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
        GzipCompressorInputStream gzip = new GzipCompressorInputStream(file);
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip, "UTF-8")) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        if (++entries > maxEntries) {
          throw new ArtifactTooLargeException(
              "archive '" + source + "' has more than " + maxEntries + " entries");
        }
        Path dest = destination(source, root, entry.getName());
        if (dest == null) {
          continue;
        }
        bytes += extractEntry(source, root, entry, dest, tar, bytes);
      }
    }
    return new Extracted(entries, bytes);
  }

  private long extractEntry(
      String source, Path root, TarArchiveEntry entry, Path dest, InputStream tar, long written)
      throws IOException, ArtifactFetchException {
    String name = entry.getName();
    Path parent = dest.getParent();
    Files.createDirectories(parent);
    Path realParent = parent.toRealPath();
    if (!realParent.startsWith(root)) {
      throw unsafe(source, name, "its folder resolves outside the target through a link");
    }
    dest = realParent.resolve(dest.getFileName());
    if (entry.isDirectory()) {
      if (Files.isSymbolicLink(dest)) {
        Files.delete(dest);
      }
      Files.createDirectories(dest);
      return 0;
    }
    if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
      throw unsafe(source, name, "device and fifo entries are not allowed");
    }
    removeExisting(source, name, dest);
    if (entry.isSymbolicLink()) {
      String link = entry.getLinkName();
      Path resolved = realParent.resolve(link).normalize();
      if (link.startsWith("/") || !resolved.startsWith(root)) {
        throw unsafe(source, name, "symbolic link to '" + link + "' points outside the target");
      }
      Files.createSymbolicLink(dest, realParent.getFileSystem().getPath(link));
      return 0;
    }
    if (entry.isLink()) {
      Path linked = destination(source, root, entry.getLinkName());
      if (linked == null
          || !Files.isRegularFile(linked, LinkOption.NOFOLLOW_LINKS)
          || !linked.toRealPath().startsWith(root)) {
        throw unsafe(
            source,
            name,
            "hard link to '" + entry.getLinkName() + "' is not an extracted file in the target");
      }
      long size = Files.size(linked);
      checkBudget(source, written + size);
      Files.copy(linked, dest);
      return size;
    }
    if (!entry.isFile()) {
      throw unsafe(source, name, "unsupported entry type '" + (char) entry.getLinkFlag() + "'");
    }
    long size = copyLimited(source, tar, dest, written);
    if ((entry.getMode() & 0111) != 0) {
      makeExecutable(dest);
    }
    return size;
  }

  private long copyLimited(String source, InputStream in, Path dest, long written)
      throws IOException, ArtifactTooLargeException {
    long copied = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out =
        Files.newOutputStream(
            dest,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        copied += n;
        checkBudget(source, written + copied);
        out.write(buffer, 0, n);
      }
    }
    return copied;
  }

  private void checkBudget(String source, long total) throws ArtifactTooLargeException {
    if (total > maxBytes) {
      throw new ArtifactTooLargeException(
          "archive '" + source + "' extracts to more than " + maxBytes + " bytes");
    }
  }

  /** The entry's path under {@code root}, or null for the root itself ({@code ./}). */
  private static Path destination(String source, Path root, String name)
      throws UnsafeArchiveException {
    if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
      throw unsafe(source, name, "absolute paths are not allowed");
    }
    List<String> segments = new ArrayList<>();
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw unsafe(source, name, "'..' path segments are not allowed");
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty()) {
      return null;
    }
    return root.resolve(String.join("/", segments));
  }

  private static void removeExisting(String source, String name, Path dest)
      throws IOException, UnsafeArchiveException {
    if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
      throw unsafe(source, name, "it would replace a directory");
    }
    Files.deleteIfExists(dest);
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(true, true);
    }
  }

  private static UnsafeArchiveException unsafe(String source, String entry, String reason) {
    return new UnsafeArchiveException(
        "archive '" + source + "' entry '" + entry + "' rejected: " + reason);
  }
}
