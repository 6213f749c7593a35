package io.tideline.manifests.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of the conformance corpus (format: {@code testdata/conformance/README.md}): the manifest
 * to apply, and either the object the API server must return ({@code valid/}) or the {@code #
 * expect:} fragments its rejection message must contain ({@code invalid/}).
 *
 * @param name file name relative to its corpus folder
 * @param manifest document 1
 * @param readBack document 2 of a valid case, else {@code null}
 * @param expectedErrors the {@code # expect:} lines of an invalid case
 */
record ConformanceCase(
    String name, ObjectNode manifest, ObjectNode readBack, List<String> expectedErrors) {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String EXPECT = "# expect:";

  static Path corpus() {
    return Path.of(
        System.getProperty("tideline.conformance.dir", "src/test/resources/testdata/conformance"));
  }

  /** Every {@code *.yaml} under {@code <corpus>/<folder>}, sorted by path. */
  static Stream<ConformanceCase> load(String folder) {
    Path dir = corpus().resolve(folder);
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .map(p -> parse(dir.relativize(p).toString(), p))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("reading conformance corpus " + dir, e);
    }
  }

  static ConformanceCase parse(String name, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> expect =
          text.lines()
              .filter(l -> l.startsWith(EXPECT))
              .map(l -> l.substring(EXPECT.length()).trim())
              .toList();
      List<JsonNode> docs =
          YAML.readValues(YAML.createParser(text), JsonNode.class).readAll().stream()
              .filter(d -> d != null && !d.isMissingNode() && !d.isNull())
              .toList();
      if (docs.isEmpty() || docs.size() > 2 || !docs.stream().allMatch(JsonNode::isObject)) {
        throw new IllegalArgumentException(
            file + ": expected 1 (invalid) or 2 (valid) YAML objects, found " + docs.size());
      }
      return new ConformanceCase(
          name,
          (ObjectNode) docs.get(0),
          docs.size() == 2 ? (ObjectNode) docs.get(1) : null,
          expect);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  String apiVersion() {
    return manifest.path("apiVersion").asText();
  }

  String kind() {
    return manifest.path("kind").asText();
  }

  String objectName() {
    return manifest.path("metadata").path("name").asText();
  }

  @Override
  public String toString() {
    return name;
  }
}
