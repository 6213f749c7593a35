package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicTarGzTest {

  @TempDir Path tmp;

  @Test
  void sameTreeGivesSameBytesWhateverTimesAndNonExecutableModes() throws IOException {
    Path first = tree(tmp.resolve("first"));
    Path second = tree(tmp.resolve("second"));
    Files.setLastModifiedTime(
        second.resolve("deploy/app.yaml"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
    Files.setLastModifiedTime(
        second.resolve("deploy"), FileTime.from(Instant.parse("1999-01-01T00:00:00Z")));
    Files.setPosixFilePermissions(
        second.resolve("README.md"), PosixFilePermissions.fromString("rw-rw-rw-"));
    changeOwnerIfPermitted(second.resolve("README.md"), second.resolve("deploy"));

    byte[] a = archive(first, ArchiveFilter.NONE);
    byte[] b = archive(second, ArchiveFilter.NONE);
    byte[] again = archive(first, ArchiveFilter.NONE);

    assertThat(a).isEqualTo(b).isEqualTo(again);
    assertThat(digest(a)).isEqualTo(digest(b));
  }

  @Test
  void contentOrExecutableBitChangesTheDigest() throws IOException {
    Path base = tree(tmp.resolve("base"));
    String baseDigest = digest(archive(base, ArchiveFilter.NONE));

    Path edited = tree(tmp.resolve("edited"));
    Files.writeString(edited.resolve("README.md"), "changed\n");
    Path executable = tree(tmp.resolve("exec"));
    Files.setPosixFilePermissions(
        executable.resolve("README.md"), PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(digest(archive(edited, ArchiveFilter.NONE))).isNotEqualTo(baseDigest);
    assertThat(digest(archive(executable, ArchiveFilter.NONE))).isNotEqualTo(baseDigest);
  }

  @Test
  void headersAreNormalisedAndSorted() throws IOException {
    Path dir = tree(tmp.resolve("tree"));
    Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("README.md"));

    List<TarArchiveEntry> entries = entries(archive(dir, ArchiveFilter.NONE));

    assertThat(entries)
        .extracting(TarArchiveEntry::getName)
        .containsExactly("README.md", "deploy/", "deploy/app.yaml", "deploy/run.sh", "empty/");
    for (TarArchiveEntry entry : entries) {
      assertThat(entry.getLongUserId()).isZero();
      assertThat(entry.getLongGroupId()).isZero();
      assertThat(entry.getUserName()).isEmpty();
      assertThat(entry.getGroupName()).isEmpty();
      assertThat(entry.getModTime().getTime()).isZero();
    }
    assertThat(entries)
        .extracting(e -> e.getMode() & 07777)
        .containsExactly(0600, 0750, 0600, 0700, 0750);
  }

  /**
   * Pins the exact bytes: a change to the writer (buffering, entry order, headers, compression)
   * must not change the digest of an existing artifact.
   */
  @Test
  void bytesOfAKnownTreeNeverChange() throws IOException {
    Path dir = tree(tmp.resolve("known"));
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      big.append("line ").append(i * 7919 % 10007).append('\n');
    }
    Files.writeString(dir.resolve("big.txt"), big);
    Path deep = dir.resolve("a".repeat(60) + "/" + "b".repeat(70));
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("c".repeat(50) + ".yaml"), "long: name\n");
    Files.writeString(dir.resolve("d\u00e9j\u00e0-vu.yaml"), "x: y\n");
    Files.createDirectories(dir.resolve("a.d"));
    Files.writeString(dir.resolve("a.txt"), "a\n");
    Files.writeString(dir.resolve("a.d/x"), "a\n");
    for (int i = 0; i < 300; i++) {
      Files.writeString(dir.resolve("deploy/f" + i + ".yaml"), "n: " + i + "\n" + "z".repeat(i));
    }

    byte[] bytes = archive(dir, ArchiveFilter.NONE);

    assertThat(bytes).hasSize(52617);
    assertThat(digest(bytes))
        .isEqualTo("sha256:2e764f6a8e0b1b4ca612699095d6590517001374989fadee51e7a231b58cac5f");
  }

  @Test
  void gzipHeaderHasNoTimeAndNoName() throws IOException {
    byte[] bytes = archive(tree(tmp.resolve("tree")), ArchiveFilter.NONE);

    assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
    assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
    assertThat(bytes[3] & 0x08).as("FNAME flag").isZero();
    assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7]}).containsOnly(0);
  }

  @Test
  void filterExcludesFilesAndWholeDirectories() throws IOException {
    Path dir = tree(tmp.resolve("tree"));
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/objects/x"), "x");

    ArchiveFilter filter = (path, directory) -> path.equals(".git") || path.endsWith(".sh");

    assertThat(entries(archive(dir, filter)))
        .extracting(TarArchiveEntry::getName)
        .containsExactly("README.md", "deploy/", "deploy/app.yaml", "empty/");
  }

  @Test
  void archiveExtractsBackToTheSameTree() throws Exception {
    Path dir = tree(tmp.resolve("tree"));
    Path archive = tmp.resolve("a.tar.gz");
    Files.write(archive, archive(dir, ArchiveFilter.NONE));

    Path out = tmp.resolve("out");
    new SafeTarExtractor(1 << 20, 100).extract(archive, out);

    assertThat(out.resolve("deploy/app.yaml")).hasContent("kind: ConfigMap");
    assertThat(Files.isExecutable(out.resolve("deploy/run.sh"))).isTrue();
    assertThat(out.resolve("empty")).isDirectory();
  }

  static Path tree(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("deploy"));
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("README.md"), "# demo\n");
    Files.writeString(dir.resolve("deploy/app.yaml"), "kind: ConfigMap");
    Files.writeString(dir.resolve("deploy/run.sh"), "#!/bin/sh\necho hi\n");
    Files.setPosixFilePermissions(
        dir.resolve("deploy/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(
        dir.resolve("README.md"), PosixFilePermissions.fromString("rw-r--r--"));
    return dir;
  }

  /** Gives the files another uid/gid; only root may, so others keep testing times and modes. */
  private static void changeOwnerIfPermitted(Path file, Path dir) {
    try {
      Files.setAttribute(file, "unix:uid", 4321);
      Files.setAttribute(dir, "unix:gid", 4321);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // Not root or no unix attribute view.
    }
  }

  static byte[] archive(Path dir, ArchiveFilter filter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeterministicTarGz(filter).write(dir, out);
    return out.toByteArray();
  }

  private static String digest(byte[] bytes) throws IOException {
    return Digest.of("sha256", new ByteArrayInputStream(bytes)).toString();
  }

  private static List<TarArchiveEntry> entries(byte[] bytes) throws IOException {
    List<TarArchiveEntry> entries = new ArrayList<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GzipCompressorInputStream(new ByteArrayInputStream(bytes)),
            StandardCharsets.UTF_8.name())) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        entries.add(e);
      }
    }
    return entries;
  }
}
