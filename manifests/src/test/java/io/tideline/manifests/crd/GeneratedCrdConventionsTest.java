package io.tideline.manifests.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tideline.api.meta.Reconcilable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered CRD (all groups, whoever wrote the kind) follows Flux's CRD conventions: one
 * served+storage version, namespaced, category {@code fluxcd}, and — for kinds a controller
 * reconciles — the status subresource, the {@code {"observedGeneration": -1}} status default, the
 * int64/date-time formats of observedGeneration and conditions, and the Ready/Status printer
 * columns.
 */
class GeneratedCrdConventionsTest {

  private static final CrdPostProcessor POST_PROCESSOR =
      new CrdPostProcessor(GeneratedCrdConventionsTest.class.getClassLoader());

  record Case(String file, JsonNode crd) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> crds() throws IOException {
    List<Case> cases = new ArrayList<>();
    YAMLMapper yaml = new YAMLMapper();
    for (Map.Entry<String, String> file :
        new CrdManifests(POST_PROCESSOR).render(GeneratedCrds.load()).entrySet()) {
      if (!file.getKey().equals(CrdManifests.KUSTOMIZATION)) {
        cases.add(new Case(file.getKey(), yaml.readTree(file.getValue())));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("crds")
  void followsFluxConventions(Case c) {
    JsonNode spec = c.crd().path("spec");
    assertThat(spec.path("scope").asText()).isEqualTo("Namespaced");
    assertThat(spec.path("versions")).hasSize(1);
    JsonNode version = spec.path("versions").get(0);
    assertThat(version.path("served").asBoolean()).isTrue();
    assertThat(version.path("storage").asBoolean()).isTrue();
    assertThat(spec.path("names").path("categories").toString()).contains("\"all\"", "\"fluxcd\"");

    Class<?> kind =
        POST_PROCESSOR.kindClass(
            spec.path("group").asText(),
            version.path("name").asText(),
            spec.path("names").path("kind").asText());
    assertThat(kind).as("Java class of %s", c.file()).isNotNull();
    if (Reconcilable.class.isAssignableFrom(kind)) {
      assertThat(version.path("subresources").has("status")).isTrue();
      JsonNode status = version.path("schema").path("openAPIV3Schema").path("properties");
      assertThat(status.path("status").path("default").toString())
          .isEqualTo("{\"observedGeneration\":-1}");
      JsonNode statusProps = status.path("status").path("properties");
      assertThat(statusProps.path("observedGeneration").path("format").asText()).isEqualTo("int64");
      assertThat(
              statusProps
                  .path("conditions")
                  .path("items")
                  .path("properties")
                  .path("lastTransitionTime")
                  .path("format")
                  .asText())
          .isEqualTo("date-time");
      assertThat(version.path("additionalPrinterColumns").findValuesAsText("name"))
          .contains("Age", "Ready", "Status");
    }
  }
}
