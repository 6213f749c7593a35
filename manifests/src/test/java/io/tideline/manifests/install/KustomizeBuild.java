package io.tideline.manifests.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a kustomize tree with {@code kubectl kustomize} (the tool users run; {@code $KUBECTL}
 * overrides the binary) and returns its objects in output order.
 */
final class KustomizeBuild {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final long TIMEOUT_SECONDS = 120;

  private KustomizeBuild() {}

  static List<GenericKubernetesResource> objects(Path dir) {
    return parse(dir, run(dir));
  }

  private static String run(Path dir) {
    String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
    try {
      Path stderr = Files.createTempFile("kustomize-build", ".err");
      try {
        Process process =
            new ProcessBuilder(kubectl, "kustomize", dir.toString())
                .redirectError(stderr.toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("kubectl kustomize " + dir + " timed out");
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(
              "kubectl kustomize "
                  + dir
                  + " failed (exit "
                  + process.exitValue()
                  + "): "
                  + Files.readString(stderr));
        }
        return new String(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + kubectl + " kustomize " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted building " + dir, e);
    }
  }

  private static List<GenericKubernetesResource> parse(Path dir, String yaml) {
    List<GenericKubernetesResource> objects = new ArrayList<>();
    try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null && !doc.isNull() && !doc.isEmpty()) {
          objects.add(YAML.treeToValue(doc, GenericKubernetesResource.class));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("output of kubectl kustomize " + dir + " is not YAML", e);
    }
    return objects;
  }
}
