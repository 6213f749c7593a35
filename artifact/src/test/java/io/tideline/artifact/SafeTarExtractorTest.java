package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SafeTarExtractorTest {

  @TempDir Path tmp;

  interface Crafter {
    void craft(CraftedTar tar) throws IOException;
  }

  record Case(String name, Crafter crafter, String messagePart) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> attacks() {
    return Stream.of(
        new Case("dot-dot path", t -> t.file("../evil.txt", "x"), "'..' path segments"),
        new Case("nested dot-dot", t -> t.file("a/../../evil.txt", "x"), "'..' path segments"),
        new Case("absolute path", t -> t.file("/etc/evil.txt", "x"), "absolute paths"),
        new Case("symlink to /etc", t -> t.symlink("etc", "/etc"), "points outside"),
        new Case(
            "symlink up and out", t -> t.dir("a").symlink("a/up", "../../x"), "points outside"),
        new Case(
            "write through escaping link",
            t -> t.symlink("out", "..").file("out/evil.txt", "x"),
            "points outside"),
        new Case(
            "hardlink outside", t -> t.hardlink("h", "../../etc/passwd"), "'..' path segments"),
        new Case("hardlink absolute", t -> t.hardlink("h", "/etc/passwd"), "absolute paths"),
        new Case("hardlink to nothing", t -> t.hardlink("h", "missing"), "not an extracted file"),
        new Case("char device", t -> t.special("dev", TarConstants.LF_CHR), "device and fifo"),
        new Case("block device", t -> t.special("blk", TarConstants.LF_BLK), "device and fifo"),
        new Case("fifo", t -> t.special("fifo", TarConstants.LF_FIFO), "device and fifo"));
  }

  @ParameterizedTest
  @MethodSource("attacks")
  void rejectsEntriesThatEscapeOrAreSpecial(Case c) throws IOException {
    CraftedTar tar = new CraftedTar();
    c.crafter().craft(tar);
    Path archive = tar.writeTo(tmp.resolve("evil.tar.gz"));
    Path target = tmp.resolve("target");

    assertThatThrownBy(() -> extractor().extract(archive, target))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("evil.tar.gz")
        .hasMessageContaining(c.messagePart());
    assertThat(tmp.resolve("evil.txt")).doesNotExist();
    assertThat(tmp.getParent().resolve("evil.txt")).doesNotExist();
  }

  @Test
  void keepsLinksThatStayInside() throws Exception {
    Path archive =
        new CraftedTar()
            .file("dir/a.yaml", "a: 1")
            .symlink("dir/b.yaml", "a.yaml")
            .hardlink("c.yaml", "dir/a.yaml")
            .writeTo(tmp.resolve("ok.tar.gz"));
    Path target = tmp.resolve("target");

    SafeTarExtractor.Extracted result = extractor().extract(archive, target);

    assertThat(target.resolve("dir/b.yaml")).isSymbolicLink().hasContent("a: 1");
    assertThat(target.resolve("c.yaml")).isRegularFile().hasContent("a: 1");
    assertThat(result.entries()).isEqualTo(3);
    assertThat(result.bytes()).isEqualTo(8);
  }

  @Test
  void stopsBeyondTheSizeLimit() throws IOException {
    Path archive =
        new CraftedTar()
            .file("a", "x".repeat(600))
            .file("b", "y".repeat(600))
            .writeTo(tmp.resolve("big.tar.gz"));

    assertThatThrownBy(() -> new SafeTarExtractor(1000, 10).extract(archive, tmp.resolve("t")))
        .isInstanceOf(ArtifactTooLargeException.class)
        .hasMessageContaining("more than 1000 bytes");
  }

  @Test
  void stopsBeyondTheEntryLimit() throws IOException {
    CraftedTar tar = new CraftedTar();
    for (int i = 0; i < 5; i++) {
      tar.file("f" + i, "x");
    }
    Path archive = tar.writeTo(tmp.resolve("many.tar.gz"));

    assertThatThrownBy(() -> new SafeTarExtractor(1000, 4).extract(archive, tmp.resolve("t")))
        .isInstanceOf(ArtifactTooLargeException.class)
        .hasMessageContaining("more than 4 entries");
  }

  @Test
  void doesNotWriteThroughAPreexistingLink() throws Exception {
    Path target = Files.createDirectories(tmp.resolve("target"));
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep");
    Files.createSymbolicLink(target.resolve("x.txt"), outside);
    Path archive = new CraftedTar().file("x.txt", "new").writeTo(tmp.resolve("a.tar.gz"));

    extractor().extract(archive, target);

    assertThat(outside).hasContent("keep");
    assertThat(target.resolve("x.txt")).isRegularFile().hasContent("new");
  }

  private static SafeTarExtractor extractor() {
    return new SafeTarExtractor(1 << 20, 1000);
  }
}
