package io.tideline.manifests.crd;

import io.tideline.api.meta.CrdConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the CRD YAML that the fabric8 crd-generator wrote into tideline-api ({@code
 * META-INF/fabric8/<plural>.<group>-v1.yml}), whether tideline-api is a classes directory (reactor
 * build) or a jar.
 */
public final class GeneratedCrds {
  static final String FOLDER = "META-INF/fabric8/";
  static final String SUFFIX = "-v1.yml";

  private GeneratedCrds() {}

  /** Generated file name to content, sorted by name; fails if tideline-api holds none. */
  public static Map<String, String> load() {
    Path location = apiLocation();
    Map<String, String> files =
        Files.isDirectory(location) ? fromDirectory(location.resolve(FOLDER)) : fromJar(location);
    if (files.isEmpty()) {
      throw new IllegalStateException(
          "no generated CRDs (*"
              + SUFFIX
              + ") under "
              + FOLDER
              + " in "
              + location
              + ": build tideline-api first (./mvnw -pl api install -DskipTests)");
    }
    return files;
  }

  private static Path apiLocation() {
    try {
      return Path.of(
          CrdConventions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate tideline-api on the class path", e);
    }
  }

  private static Map<String, String> fromDirectory(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          files.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading generated CRDs in " + dir, e);
    }
    return files;
  }

  private static Map<String, String> fromJar(Path jar) {
    Map<String, String> files = new TreeMap<>();
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = jarFile.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(FOLDER)
            && name.endsWith(SUFFIX)
            && name.indexOf('/', FOLDER.length()) < 0) {
          try (var in = jarFile.getInputStream(entry)) {
            files.put(
                name.substring(FOLDER.length()),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading generated CRDs in " + jar, e);
    }
    return files;
  }
}
