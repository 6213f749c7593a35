package io.tideline.artifact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds hand-crafted (possibly malicious) tar.gz archives for extraction tests. */
final class CraftedTar {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream tar;

  CraftedTar() throws IOException {
    OutputStream gzip = new GzipCompressorOutputStream(bytes);
    tar = new TarArchiveOutputStream(gzip, "UTF-8");
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
  }

  CraftedTar file(String name, String content) throws IOException {
    return file(name, content, 0644);
  }

  CraftedTar file(String name, String content, int mode) throws IOException {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setSize(data.length);
    entry.setMode(0100000 | mode);
    tar.putArchiveEntry(entry);
    tar.write(data);
    tar.closeArchiveEntry();
    return this;
  }

  CraftedTar dir(String name) throws IOException {
    tar.putArchiveEntry(new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true));
    tar.closeArchiveEntry();
    return this;
  }

  CraftedTar symlink(String name, String target) throws IOException {
    return link(name, target, TarConstants.LF_SYMLINK);
  }

  CraftedTar hardlink(String name, String target) throws IOException {
    return link(name, target, TarConstants.LF_LINK);
  }

  CraftedTar special(String name, byte type) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
    tar.putArchiveEntry(entry);
    tar.closeArchiveEntry();
    return this;
  }

  private CraftedTar link(String name, String target, byte type) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
    entry.setLinkName(target);
    tar.putArchiveEntry(entry);
    tar.closeArchiveEntry();
    return this;
  }

  Path writeTo(Path file) throws IOException {
    tar.close();
    Files.write(file, bytes.toByteArray());
    return file;
  }
}
