package io.tideline.api.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.tideline.api.helm.v2.ActionStrategyName;
import io.tideline.api.helm.v2.ChartRefKind;
import io.tideline.api.helm.v2.ChartSourceKind;
import io.tideline.api.helm.v2.CrdsPolicy;
import io.tideline.api.helm.v2.DeletionPropagation;
import io.tideline.api.helm.v2.DriftDetectionMode;
import io.tideline.api.helm.v2.HelmRelease;
import io.tideline.api.helm.v2.HelmReleaseSpec;
import io.tideline.api.helm.v2.HelmReleaseStatus;
import io.tideline.api.helm.v2.Install;
import io.tideline.api.helm.v2.InstallRemediation;
import io.tideline.api.helm.v2.PostRenderStrategy;
import io.tideline.api.helm.v2.ReleaseAction;
import io.tideline.api.helm.v2.RemediationStrategy;
import io.tideline.api.helm.v2.ServerSideApplyMode;
import io.tideline.api.helm.v2.Snapshot;
import io.tideline.api.meta.ConfigDataKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HelmRelease wire samples read into the Java types and written back unchanged. */
class HelmReleaseWireTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static {
    SERIALIZATION.registerKubernetesResource(HelmRelease.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"helmrelease-full.yaml", "helmrelease-chartref-fresh.yaml"})
  void roundTripKeepsEveryField(String file) {
    String yaml = read(file);

    JsonNode original = SERIALIZATION.unmarshal(yaml, JsonNode.class);
    HelmRelease typed = SERIALIZATION.unmarshal(yaml, HelmRelease.class);

    JsonNode written = SERIALIZATION.unmarshal(SERIALIZATION.asJson(typed), JsonNode.class);
    assertThat(written).isEqualTo(original);
  }

  @Test
  void fullSampleReadsIntoTypedFields() {
    HelmRelease hr = SERIALIZATION.unmarshal(read("helmrelease-full.yaml"), HelmRelease.class);
    HelmReleaseSpec spec = hr.getSpec();

    assertThat(spec.getChart().getSpec().getSourceRef().getKind())
        .isEqualTo(ChartSourceKind.HELM_REPOSITORY);
    assertThat(spec.getMaxHistory()).isZero();
    assertThat(spec.getPersistentClient()).isFalse();
    assertThat(spec.getDriftDetection().getMode()).isEqualTo(DriftDetectionMode.ENABLED);
    assertThat(spec.getInstall().getStrategy().getName())
        .isEqualTo(ActionStrategyName.RETRY_ON_FAILURE);
    assertThat(spec.getInstall().getRemediation().getRetries()).isEqualTo(-1);
    assertThat(spec.getInstall().getCrds()).isEqualTo(CrdsPolicy.CREATE_REPLACE);
    assertThat(spec.getUpgrade().getRemediation().getStrategy())
        .isEqualTo(RemediationStrategy.UNINSTALL);
    assertThat(spec.getUpgrade().getServerSideApply()).isEqualTo(ServerSideApplyMode.DISABLED);
    assertThat(spec.getUninstall().getDeletionPropagation())
        .isEqualTo(DeletionPropagation.FOREGROUND);
    assertThat(spec.getValuesFrom().get(2).getKind()).isEqualTo(ConfigDataKind.SECRET);
    assertThat(spec.getValuesFrom().get(2).isLiteral()).isTrue();
    assertThat(spec.getValues().at("/image/tag").asText()).isEqualTo("6.5.4");
    assertThat(spec.getValues().at("/resources").isNull()).isTrue();
    assertThat(spec.getPostRenderers().get(0).getKustomize().getImages()).hasSize(2);
    assertThat(spec.getPostRenderStrategy()).isEqualTo(PostRenderStrategy.SEPARATE);

    HelmReleaseStatus status = hr.getStatus();
    assertThat(status.getLastAttemptedReleaseAction()).isEqualTo(ReleaseAction.UPGRADE);
    assertThat(status.getUpgradeFailures()).isEqualTo(2);
    assertThat(status.getInstallFailures()).isZero();
    Snapshot latest = status.getHistory().get(0);
    assertThat(latest.getVersion()).isEqualTo(5);
    assertThat(latest.getTestHooks().get("podinfo-jwt-test").getPhase()).isEqualTo("Succeeded");
    assertThat(status.getInventory().getEntries()).hasSize(3);

    assertThat(hr.interval()).isEqualTo("10m");
    assertThat(hr.suspended()).isTrue();
  }

  @Test
  void chartRefSampleKeepsArbitraryValuesJson() {
    HelmRelease hr =
        SERIALIZATION.unmarshal(read("helmrelease-chartref-fresh.yaml"), HelmRelease.class);

    assertThat(hr.getSpec().getChartRef().getKind()).isEqualTo(ChartRefKind.OCI_REPOSITORY);
    assertThat(hr.getSpec().getValues().isArray()).isTrue();
    assertThat(hr.getStatus().getObservedGeneration()).isEqualTo(-1L);
    assertThat(hr.suspended()).isFalse();
  }

  @Test
  void zeroValuesOfGoOmitemptyFieldsAreNotWrittenButEmptyObjectsAre() {
    HelmReleaseSpec spec = new HelmReleaseSpec();
    spec.setInterval("5m");
    Install install = new Install();
    install.setRemediation(new InstallRemediation());
    spec.setInstall(install);

    assertThat(SERIALIZATION.asJson(spec))
        .isEqualTo("{\"interval\":\"5m\",\"install\":{\"remediation\":{}}}");
  }

  @Test
  void goPointerFieldsKeepTheirZeroValues() {
    HelmReleaseSpec spec = new HelmReleaseSpec();
    spec.setInterval("5m");
    spec.setMaxHistory(0);
    spec.setPersistentClient(false);
    InstallRemediation remediation = new InstallRemediation();
    remediation.setRemediateLastFailure(false);

    JsonNode json = SERIALIZATION.convertValue(spec, JsonNode.class);

    assertThat(json.get("maxHistory").asInt(-1)).isZero();
    assertThat(json.get("persistentClient").asBoolean(true)).isFalse();
    assertThat(SERIALIZATION.asJson(remediation)).isEqualTo("{\"remediateLastFailure\":false}");
  }

  @Test
  void freshStatusWritesOnlyTheCrdDefault() {
    HelmReleaseStatus status = new HelmRelease().initStatus();
    status.setObservedGeneration(-1L);

    assertThat(SERIALIZATION.asJson(status)).isEqualTo("{\"observedGeneration\":-1}");
  }

  @Test
  void snapshotAlwaysWritesItsRequiredVersion() {
    Snapshot snapshot = new Snapshot();
    snapshot.setName("web");

    JsonNode json = SERIALIZATION.convertValue(snapshot, JsonNode.class);

    assertThat(json.get("version").asInt(-1)).isZero();
    assertThat(json.has("testHooks")).isFalse();
  }

  record EnumCase(Enum<?> constant, String wire) {}

  static Stream<EnumCase> enumWireValues() {
    return Stream.of(
        new EnumCase(ChartSourceKind.BUCKET, "Bucket"),
        new EnumCase(ChartRefKind.EXTERNAL_ARTIFACT, "ExternalArtifact"),
        new EnumCase(DriftDetectionMode.WARN, "warn"),
        new EnumCase(PostRenderStrategy.NO_HOOKS, "nohooks"),
        new EnumCase(CrdsPolicy.SKIP, "Skip"),
        new EnumCase(ServerSideApplyMode.AUTO, "auto"),
        new EnumCase(ActionStrategyName.REMEDIATE_ON_FAILURE, "RemediateOnFailure"),
        new EnumCase(RemediationStrategy.ROLLBACK, "rollback"),
        new EnumCase(DeletionPropagation.ORPHAN, "orphan"),
        new EnumCase(ReleaseAction.INSTALL, "install"));
  }

  @ParameterizedTest
  @MethodSource("enumWireValues")
  void enumsUseFluxWireValues(EnumCase c) {
    assertThat(SERIALIZATION.asJson(c.constant())).isEqualTo("\"" + c.wire() + "\"");
    assertThat(SERIALIZATION.unmarshal("\"" + c.wire() + "\"", c.constant().getClass()))
        .isSameAs(c.constant());
    assertThat(c.constant()).hasToString(c.wire());
  }

  @Test
  void unknownEnumValueNamesTheAcceptedOnes() {
    assertThat(DriftDetectionMode.fromValue("enabled")).isEqualTo(DriftDetectionMode.ENABLED);
    assertThatThrownBy(() -> DriftDetectionMode.fromValue("on"))
        .hasMessageContaining("'on'")
        .hasMessageContaining("enabled, warn, disabled");
  }

  static String read(String file) {
    String path = "/testdata/helm/" + file;
    try (InputStream in = HelmReleaseWireTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
