package io.tideline.manifests.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the generator's CRDs into the committed {@code manifests/crds/} content: one {@code
 * <plural>.<group>.yaml} per CRD (post-processed, stable YAML) plus a {@code kustomization.yaml}
 * listing them.
 */
public final class CrdManifests {

  /** First line of every rendered CRD file. */
  public static final String HEADER =
      "# Generated from the Java types in api/ (fabric8 crd-generator + manifests/ post-processing)."
          + " Do not edit; regenerate with hack/update-crds.sh\n";

  public static final String KUSTOMIZATION = "kustomization.yaml";

  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .build())
          .build();

  private final CrdPostProcessor postProcessor;

  public CrdManifests(CrdPostProcessor postProcessor) {
    this.postProcessor = postProcessor;
  }

  /** Output file name to content for the given generator files, sorted by name. */
  public Map<String, String> render(Map<String, String> generated) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      ObjectNode crd = parse(file.getKey(), file.getValue());
      postProcessor.process(crd);
      out.put(fileName(crd), HEADER + write(crd));
    }
    out.put(KUSTOMIZATION, kustomization(new ArrayList<>(out.keySet())));
    return out;
  }

  static String fileName(JsonNode crd) {
    return crd.path("metadata").path("name").asText() + ".yaml";
  }

  private static ObjectNode parse(String name, String content) {
    try {
      JsonNode node = YAML.readTree(content);
      if (!(node instanceof ObjectNode object) || !"CustomResourceDefinition".equals(kind(node))) {
        throw new IllegalStateException(name + " is not a CustomResourceDefinition");
      }
      return object;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot parse generated CRD " + name, e);
    }
  }

  private static String kind(JsonNode node) {
    return node.path("kind").asText();
  }

  private static String write(JsonNode node) {
    try {
      return YAML.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String kustomization(List<String> crdFiles) {
    StringBuilder out =
        new StringBuilder(HEADER)
            .append("apiVersion: kustomize.config.k8s.io/v1beta1\n")
            .append("kind: Kustomization\n")
            .append("resources:\n");
    for (String file : crdFiles) {
      out.append("- ").append(file).append('\n');
    }
    return out.toString();
  }
}
