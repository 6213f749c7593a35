package io.tideline.api.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.image.v1.ImagePolicy;
import io.tideline.api.image.v1.ImagePolicySpec;
import io.tideline.api.image.v1.ImageRepository;
import io.tideline.api.image.v1.ImageRepositoryStatus;
import io.tideline.api.image.v1.ImageUpdateAutomation;
import io.tideline.api.image.v1.ReflectionPolicy;
import io.tideline.api.image.v1.RegistryProvider;
import io.tideline.api.image.v1.ScanResult;
import io.tideline.api.image.v1.SigningKeyType;
import io.tideline.api.image.v1.SortOrder;
import io.tideline.api.image.v1.UpdateStrategyName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Image kind wire samples read into the Java types and written back unchanged. */
class ImageWireTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static {
    SERIALIZATION.registerKubernetesResource(ImageRepository.class);
    SERIALIZATION.registerKubernetesResource(ImagePolicy.class);
    SERIALIZATION.registerKubernetesResource(ImageUpdateAutomation.class);
  }

  record Case(String file, Class<? extends HasMetadata> type) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> samples() {
    return Stream.of(
        new Case("imagerepository.yaml", ImageRepository.class),
        new Case("imagepolicy.yaml", ImagePolicy.class),
        new Case("imageupdateautomation.yaml", ImageUpdateAutomation.class));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripKeepsEveryField(Case c) {
    String yaml = read(c.file());

    JsonNode original = SERIALIZATION.unmarshal(yaml, JsonNode.class);
    HasMetadata typed = SERIALIZATION.unmarshal(yaml, c.type());
    JsonNode written = SERIALIZATION.unmarshal(SERIALIZATION.asJson(typed), JsonNode.class);

    assertThat(typed).isInstanceOf(c.type());
    assertThat(written).isEqualTo(original);
  }

  @Test
  void imageRepositoryReadsIntoTypedFields() {
    ImageRepository repo =
        SERIALIZATION.unmarshal(read("imagerepository.yaml"), ImageRepository.class);

    assertThat(repo.getSpec().getProvider()).isEqualTo(RegistryProvider.AWS);
    assertThat(repo.getSpec().getAccessFrom().getNamespaceSelectors()).hasSize(2);
    assertThat(repo.getSpec().getExclusionList()).containsExactly("^.*\\.sig$", "^sha256-.*$");
    assertThat(repo.getStatus().getLastScanResult().getTagCount()).isZero();
    assertThat(repo.interval()).isEqualTo("5m");
    assertThat(repo.suspended()).isTrue();
  }

  @Test
  void scanResultAlwaysWritesTheTagCount() {
    ImageRepositoryStatus status = new ImageRepository().initStatus();
    ScanResult scan = new ScanResult();
    scan.setRevision("sha256:00");
    scan.setScanTime("2026-08-07T10:00:02Z");
    status.setLastScanResult(scan);

    assertThat(SERIALIZATION.asJson(status))
        .isEqualTo(
            "{\"lastScanResult\":{\"revision\":\"sha256:00\",\"tagCount\":0,"
                + "\"scanTime\":\"2026-08-07T10:00:02Z\"}}");
  }

  @Test
  void imagePolicyReadsNumericalPolicyAndDigestReflection() {
    ImagePolicy policy = SERIALIZATION.unmarshal(read("imagepolicy.yaml"), ImagePolicy.class);
    ImagePolicySpec spec = policy.getSpec();

    assertThat(spec.getPolicy().getNumerical().getOrder()).isEqualTo(SortOrder.DESC);
    assertThat(spec.getPolicy().getSemver()).isNull();
    assertThat(spec.getDigestReflectionPolicy()).isEqualTo(ReflectionPolicy.ALWAYS);
    assertThat(spec.getFilterTags().getExtract()).isEqualTo("$ts");
    assertThat(policy.getStatus().getLatestRef().getDigest()).startsWith("sha256:");
    assertThat(policy.getStatus().getObservedPreviousRef().getDigest()).isNull();
    assertThat(policy.interval()).isEqualTo("10m");
    assertThat(policy.suspended()).isFalse();
  }

  @Test
  void automationReadsGitAndStatusMaps() {
    ImageUpdateAutomation auto =
        SERIALIZATION.unmarshal(read("imageupdateautomation.yaml"), ImageUpdateAutomation.class);

    assertThat(auto.getSpec().getGit().getCheckout().getRef().getBranch()).isEqualTo("main");
    assertThat(auto.getSpec().getGit().getCommit().getSigningKey().getType())
        .isEqualTo(SigningKeyType.SSH);
    assertThat(auto.getSpec().getGit().getPush().getOptions())
        .containsEntry("merge_request.create", "");
    assertThat(auto.getSpec().getPolicySelector().getMatchExpressions()).hasSize(1);
    assertThat(auto.getSpec().getUpdate().getStrategy()).isEqualTo(UpdateStrategyName.SETTERS);
    assertThat(auto.getStatus().getObservedPolicies().get("redis").getTag()).isEqualTo("7.2.4");
  }

  static String read(String file) {
    String path = "/testdata/image/" + file;
    try (InputStream in = ImageWireTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
