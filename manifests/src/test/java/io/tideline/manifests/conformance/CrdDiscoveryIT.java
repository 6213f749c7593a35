package io.tideline.manifests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code kubectl get} sees for the installed Flux CRDs: discovery serves their short names and
 * categories ({@code kubectl get fluxcd} works), and the Table view carries Flux's printer columns.
 */
@KubeApiServerTest
class CrdDiscoveryIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void discoveryServesShortNamesAndCategories(KubernetesClient client) {
    List<CustomResourceDefinition> crds = fluxCrds(client);
    assertThat(crds).isNotEmpty();
    for (CustomResourceDefinition crd : crds) {
      String groupVersion = crd.getSpec().getGroup() + "/" + servedVersion(crd).getName();
      APIResource resource =
          client.getApiResources(groupVersion).getResources().stream()
              .filter(r -> r.getName().equals(crd.getSpec().getNames().getPlural()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("discovery lacks " + crd.getMetadata()));
      assertThat(resource.getNamespaced()).as(crd.getMetadata().getName()).isTrue();
      assertThat(resource.getShortNames())
          .as("%s short names", crd.getMetadata().getName())
          .containsExactlyInAnyOrderElementsOf(crd.getSpec().getNames().getShortNames());
      assertThat(resource.getCategories())
          .as("%s categories", crd.getMetadata().getName())
          .contains("all", "fluxcd");
    }
  }

  @Test
  void tableViewHasFluxPrinterColumns(KubernetesClient client, TestNamespace ns) throws Exception {
    for (CustomResourceDefinition crd : fluxCrds(client)) {
      CustomResourceDefinitionVersion version = servedVersion(crd);
      String path =
          "/apis/%s/%s/namespaces/%s/%s"
              .formatted(
                  crd.getSpec().getGroup(),
                  version.getName(),
                  ns.name(),
                  crd.getSpec().getNames().getPlural());
      JsonNode table = getAsTable(client, path);

      List<String> expected = new ArrayList<>(List.of("Name"));
      if (version.getAdditionalPrinterColumns() != null) {
        version.getAdditionalPrinterColumns().stream()
            .map(CustomResourceColumnDefinition::getName)
            .forEach(expected::add);
      }
      assertThat(table.path("columnDefinitions").findValuesAsText("name"))
          .as("kubectl get %s columns", crd.getSpec().getNames().getPlural())
          .containsExactlyElementsOf(expected);
    }
  }

  private static JsonNode getAsTable(KubernetesClient client, String path) throws Exception {
    HttpRequest request =
        client
            .getHttpClient()
            .newHttpRequestBuilder()
            .uri(client.getMasterUrl().toString().replaceAll("/$", "") + path)
            .header("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io")
            .build();
    HttpResponse<String> response = client.getHttpClient().sendAsync(request, String.class).get();
    assertThat(response.code()).as("GET %s as Table: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<CustomResourceDefinition> fluxCrds(KubernetesClient client) {
    return client.apiextensions().v1().customResourceDefinitions().list().getItems().stream()
        .filter(crd -> crd.getSpec().getGroup().endsWith(".toolkit.fluxcd.io"))
        .toList();
  }

  private static CustomResourceDefinitionVersion servedVersion(CustomResourceDefinition crd) {
    return crd.getSpec().getVersions().stream()
        .filter(CustomResourceDefinitionVersion::getServed)
        .findFirst()
        .orElseThrow();
  }
}
