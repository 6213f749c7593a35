package io.tideline.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The public API: overlays, safety limits and refusals. */
class KustomizeEngineTest {
  private static final Path TESTDATA = Path.of("src", "test", "resources", "testdata", "engine");

  @TempDir Path dir;

  private final KustomizeEngine engine = new KustomizeEngine();

  @Test
  void overlayIsBuiltAsAKustomizationWrappingTheDirectory() throws Exception {
    Path root = TESTDATA.resolve("overlay");
    @SuppressWarnings("unchecked")
    Map<String, Object> overlay =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build())
                .loadFromString(
                    """
                    namespace: flux-ns
                    namePrefix: pre-
                    images: [{name: nginx, newTag: "2.0"}]
                    components: [../comp]
                    labels:
                    - pairs: {owner: flux}
                    patches:
                    - target: {kind: Deployment}
                      patch: |-
                        - op: add
                          path: /spec/replicas
                          value: 2
                    """);

    List<Resource> resources =
        engine.build(root.resolve("app"), BuildOptions.defaults().withOverlay(overlay));

    assertThat(KustomizeEngine.toYaml(resources))
        .isEqualTo(Files.readString(root.resolve("expected.yaml")));
    assertThat(resources)
        .extracting(Resource::name)
        .containsExactly("pre-cfg-h29d89cmmt", "pre-web");
    assertThat(resources).extracting(Resource::namespace).containsOnly("flux-ns");
  }

  @Test
  void fluxModeGeneratesAMissingKustomizationAndMergesTheSpecIntoIt() throws Exception {
    Path root = TESTDATA.resolve("flux-generated");
    Map<String, Object> spec =
        yaml(
            """
            namespace: flux
            images: [{name: nginx, newTag: "2"}]
            patches:
            - target: {kind: ConfigMap}
              patch: |-
                - op: add
                  path: /data
                  value: {k: v}
            """);

    List<Resource> resources =
        engine.build(root.resolve("input"), BuildOptions.flux(root.resolve("input"), spec));

    assertThat(KustomizeEngine.toYaml(resources))
        .isEqualTo(Files.readString(root.resolve("expected.yaml")));
  }

  @Test
  void mergedImagesReplaceTheDirectorysEntryWithTheSameName() throws Exception {
    write("kustomization.yaml", "resources: [pod.yaml]\nimages: [{name: nginx, newTag: '1'}]\n");
    write(
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
            + "  containers: [{name: c, image: nginx}]\n");

    List<Resource> resources =
        engine.build(
            dir,
            BuildOptions.defaults()
                .withMerge(yaml("images: [{name: nginx, newTag: '2'}]\nnamePrefix: x-\n")));

    assertThat(KustomizeEngine.toYaml(resources)).contains("image: nginx:2").contains("name: x-p");
  }

  @Test
  void optionMapsBuiltInJavaAreAccepted() throws Exception {
    write("kustomization.yaml", "resources: [deploy.yaml]\n");
    write(
        "deploy.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 1}\n");

    List<Resource> resources =
        engine.build(
            dir,
            BuildOptions.defaults()
                .withMerge(Map.of("replicas", List.of(Map.of("name", "web", "count", 3)))));

    assertThat(KustomizeEngine.toYaml(resources)).contains("replicas: 3");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
  }

  @Test
  void filesOutsideTheKustomizationAreRefusedByDefault() throws Exception {
    write("outside.yaml", configMap("x"));
    write("app/kustomization.yaml", "resources: [../outside.yaml]\n");

    assertThatThrownBy(() -> engine.build(dir.resolve("app"), BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("outside.yaml")
        .hasMessageContaining("is not in or below");
  }

  @Test
  void loadRestrictorNoneAllowsFilesOutside() throws Exception {
    write("outside.yaml", configMap("x"));
    write("app/kustomization.yaml", "resources: [../outside.yaml]\n");

    List<Resource> resources =
        engine.build(
            dir.resolve("app"), BuildOptions.defaults().withLoadRestrictor(LoadRestrictor.NONE));

    assertThat(resources).extracting(Resource::name).containsExactly("x");
  }

  @Test
  void boundaryStopsBasesOutsideTheSource() throws Exception {
    write("base/kustomization.yaml", "resources: [cm.yaml]\n");
    write("base/cm.yaml", configMap("x"));
    write("src/app/kustomization.yaml", "resources: [../../base]\n");

    assertThatThrownBy(
            () ->
                engine.build(
                    dir.resolve("src/app"),
                    BuildOptions.defaults().withBoundary(dir.resolve("src"))))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("is not in or below");
  }

  @Test
  void remoteBasesAreRefused() throws Exception {
    write("kustomization.yaml", "resources: [github.com/example/repo//deploy?ref=v1]\n");

    assertThatThrownBy(() -> engine.build(dir, BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("github.com/example/repo//deploy?ref=v1")
        .hasMessageContaining("remote bases are not supported");
  }

  @Test
  void pluginsAndHelmChartsAreRefused() throws Exception {
    write("kustomization.yaml", "transformers: [t.yaml]\n");
    assertThatThrownBy(() -> engine.build(dir, BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("'transformers' are not supported");

    write("kustomization.yaml", "helmCharts: [{name: x}]\n");
    assertThatThrownBy(() -> engine.build(dir, BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("helmCharts are not supported");
  }

  @Test
  void cyclesAreDetected() throws Exception {
    write("a/kustomization.yaml", "resources: [../b]\n");
    write("b/kustomization.yaml", "resources: [../a]\n");

    assertThatThrownBy(() -> engine.build(dir.resolve("a"), BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("cycle detected");
  }

  @Test
  void limitsBoundResourcesFileSizeAndDepth() throws Exception {
    write("kustomization.yaml", "resources: [cms.yaml]\n");
    write("cms.yaml", configMap("a") + "---\n" + configMap("b") + "---\n" + configMap("c"));

    assertThatThrownBy(
            () ->
                engine.build(
                    dir, BuildOptions.defaults().withLimits(new Limits(8, 2, 1 << 20, 1 << 24))))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("more than 2 resources");
    assertThatThrownBy(
            () ->
                engine.build(
                    dir, BuildOptions.defaults().withLimits(new Limits(8, 100, 40, 1 << 24))))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("over the limit");

    write("l1/kustomization.yaml", "resources: [../l2]\n");
    write("l2/kustomization.yaml", "resources: [../l3]\n");
    write("l3/kustomization.yaml", "resources: [../cms.yaml]\n");
    assertThatThrownBy(
            () ->
                engine.build(
                    dir.resolve("l1"),
                    BuildOptions.defaults()
                        .withLoadRestrictor(LoadRestrictor.NONE)
                        .withLimits(new Limits(2, 100, 1 << 20, 1 << 24))))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("nest more than 2 levels");
  }

  @Test
  void aliasBombsAreStopped() throws Exception {
    StringBuilder bomb =
        new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");
    bomb.append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    write("kustomization.yaml", "resources: [bomb.yaml]\n");
    write("bomb.yaml", bomb.toString());

    assertThatThrownBy(() -> engine.build(dir, BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("bomb.yaml")
        .hasMessageContaining("too many nodes");
  }

  @Test
  void missingFilesNameTheFile() throws Exception {
    write("kustomization.yaml", "resources: [missing.yaml]\n");

    assertThatThrownBy(() -> engine.build(dir, BuildOptions.defaults()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageStartingWith("accumulating resources")
        .hasMessageContaining("missing.yaml")
        .hasMessageContaining("no such file or directory");
  }

  private static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
  }

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
