package io.tideline.api.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.kustomize.v1.CrossNamespaceSourceReference;
import io.tideline.api.kustomize.v1.Kustomization;
import io.tideline.api.kustomize.v1.KustomizationSourceKind;
import io.tideline.api.meta.ResourceInventory;
import io.tideline.api.source.v1.GitRepository;
import io.tideline.api.source.v1.GitRepositoryStatus;
import org.junit.jupiter.api.Test;

/** Go {@code omitempty} semantics on write: zero values vanish, required ones stay. */
class OmitEmptyTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static {
    SERIALIZATION.registerKubernetesResource(GitRepository.class);
  }

  @Test
  void zeroValuedOptionalFieldsAreOmitted() {
    GitRepository repo = new GitRepository();
    repo.getSpec().setUrl("https://example.com/repo");
    repo.getSpec().setInterval("1m");
    repo.getSpec().setSuspend(false);

    JsonNode spec = SERIALIZATION.convertValue(repo, JsonNode.class).get("spec");

    assertThat(spec.fieldNames()).toIterable().containsExactlyInAnyOrder("url", "interval");
  }

  @Test
  void emptyIgnoreIsKeptBecauseItReplacesTheDefaultExclusions() {
    GitRepository repo = new GitRepository();
    repo.getSpec().setIgnore("");

    JsonNode spec = SERIALIZATION.convertValue(repo, JsonNode.class).get("spec");

    assertThat(spec.has("ignore")).isTrue();
    assertThat(spec.get("ignore").asText()).isEmpty();
  }

  @Test
  void trueBooleansAreWritten() {
    GitRepository repo = new GitRepository();
    repo.getSpec().setSuspend(true);

    JsonNode spec = SERIALIZATION.convertValue(repo, JsonNode.class).get("spec");

    assertThat(spec.get("suspend").asBoolean()).isTrue();
  }

  @Test
  void kustomizationPruneIsAlwaysWritten() {
    Kustomization ks = new Kustomization();
    ks.getSpec().setInterval("5m");
    CrossNamespaceSourceReference ref = new CrossNamespaceSourceReference();
    ref.setKind(KustomizationSourceKind.GIT_REPOSITORY);
    ref.setName("repo");
    ks.getSpec().setSourceRef(ref);

    JsonNode spec = SERIALIZATION.convertValue(ks, JsonNode.class).get("spec");

    assertThat(spec.has("prune")).isTrue();
    assertThat(spec.get("prune").asBoolean()).isFalse();
    assertThat(spec.get("sourceRef").get("kind").asText()).isEqualTo("GitRepository");
  }

  @Test
  void emptyStatusWritesNothingAndEmptyInventoryKeepsEntries() {
    JsonNode status = SERIALIZATION.convertValue(new GitRepositoryStatus(), JsonNode.class);
    JsonNode inventory = SERIALIZATION.convertValue(new ResourceInventory(), JsonNode.class);

    assertThat(status.size()).isZero();
    assertThat(inventory.toString()).isEqualTo("{\"entries\":[]}");
  }

  @Test
  void unsetStatusReadsAsEmptyStatusNotNull() {
    GitRepository repo =
        SERIALIZATION.unmarshal(
            "{\"apiVersion\":\"source.toolkit.fluxcd.io/v1\",\"kind\":\"GitRepository\","
                + "\"metadata\":{\"name\":\"a\"},\"spec\":{\"url\":\"https://x\",\"interval\":\"1m\"}}",
            GitRepository.class);

    assertThat(repo.getStatus()).isNotNull();
    assertThat(repo.getStatus().getObservedGeneration()).isNull();
    assertThat(repo.interval()).isEqualTo("1m");
    assertThat(repo.suspended()).isFalse();
  }
}
