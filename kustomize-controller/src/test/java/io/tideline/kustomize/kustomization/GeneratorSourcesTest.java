package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.sops.SopsFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which files {@link GeneratorSources} hands to decryption, and which references it refuses. */
class GeneratorSourcesTest {

  @TempDir Path root;

  record Picked(String shown, SopsFormat format) {}

  @Test
  void picksSecretGeneratorFilesEnvsAndPatchesThroughResourcesAndComponents() throws Exception {
    write(
        "kustomization.yaml",
        """
        resources: [apps, missing, plain.yaml, https://github.com/org/repo//base?ref=v1]
        components: [./parts]
        """);
    write(
        "apps/kustomization.yaml",
        """
        secretGenerator:
          - name: s
            envs: [app.env, vars.txt, vars.yaml]
            files: [config.yaml, data.json, tls.key, key.yaml=raw.bin, .dockerconfigjson=docker.txt]
        configMapGenerator:
          - name: c
            files: [ignored.yaml]
        patches:
          - path: patch.yaml
          - path: https://example.com/remote.yaml
          - patch: "inline"
        """);
    touch(
        "apps/app.env",
        "apps/vars.txt",
        "apps/vars.yaml",
        "apps/config.yaml",
        "apps/data.json",
        "apps/tls.key",
        "apps/raw.bin",
        "apps/docker.txt",
        "apps/ignored.yaml",
        "apps/patch.yaml",
        "plain.yaml");
    write(
        "parts/kustomization.yaml",
        """
        kind: Component
        secretGenerator:
          - name: p
            envs: [../apps/app.env, part.env]
        """);
    touch("parts/part.env");

    assertThat(picked(root, List.of()))
        .containsExactly(
            new Picked("apps/config.yaml", SopsFormat.YAML),
            new Picked("apps/data.json", SopsFormat.JSON),
            new Picked("apps/tls.key", SopsFormat.BINARY),
            new Picked("apps/raw.bin", SopsFormat.YAML),
            new Picked("apps/docker.txt", SopsFormat.JSON),
            new Picked("apps/app.env", SopsFormat.DOTENV),
            new Picked("apps/vars.txt", SopsFormat.DOTENV),
            new Picked("apps/vars.yaml", SopsFormat.YAML),
            new Picked("apps/patch.yaml", SopsFormat.YAML),
            new Picked("parts/part.env", SopsFormat.DOTENV));
  }

  @Test
  void aDirectoryWithoutKustomizationVisitsWhatFluxWouldGenerateAndSpecComponents()
      throws Exception {
    touch("deploy.yaml");
    write("nested/deeper/app/kustomization.yaml", "secretGenerator: [{name: a, envs: [a.env]}]");
    touch("nested/deeper/app/a.env");
    write(
        "nested/deeper/app/part/kustomization.yaml",
        "kind: Component\nsecretGenerator: [{name: u, envs: [u.env]}]");
    touch("nested/deeper/app/part/u.env");
    write(
        "nested/deeper/app/unused/kustomization.yaml",
        "secretGenerator: [{name: n, envs: [n.env]}]");
    touch("nested/deeper/app/unused/n.env");

    assertThat(picked(root, List.of("nested/deeper/app/part", "absent")))
        .containsExactly(
            new Picked("nested/deeper/app/a.env", SopsFormat.DOTENV),
            new Picked("nested/deeper/app/part/u.env", SopsFormat.DOTENV));
  }

  @Test
  void startsAtTheBuildDirectoryAndMayUseSiblingsInsideTheRoot() throws Exception {
    write("other/kustomization.yaml", "secretGenerator: [{name: o, envs: [o.env]}]");
    touch("other/o.env");
    write("clusters/prod/kustomization.yaml", "resources: [../../base]");
    write("base/kustomization.yaml", "secretGenerator: [{name: b, files: [b.bin]}]");
    touch("base/b.bin");

    assertThat(picked(root.resolve("clusters/prod"), List.of()))
        .containsExactly(new Picked("base/b.bin", SopsFormat.BINARY));
  }

  @Test
  void eachFileIsPickedOnceAndCyclesEnd() throws Exception {
    write("kustomization.yaml", "resources: [a, b]");
    write(
        "a/kustomization.yaml",
        "resources: [../b]\nsecretGenerator: [{name: x, envs: [../s.env]}]");
    write(
        "b/kustomization.yaml",
        "resources: [../a]\nsecretGenerator: [{name: y, envs: [../s.env]}]");
    touch("s.env");

    assertThat(picked(root, List.of())).containsExactly(new Picked("s.env", SopsFormat.DOTENV));
  }

  @Test
  void resourcesOutsideTheRootAreSkipped() throws Exception {
    Path outside = Files.createTempDirectory("outside-");
    Files.writeString(
        outside.resolve("kustomization.yaml"), "secretGenerator: [{name: o, envs: [o.env]}]");
    Files.writeString(outside.resolve("o.env"), "A=1\n");
    write("kustomization.yaml", "resources: [../" + outside.getFileName() + ", escape, /etc]");
    Files.createSymbolicLink(root.resolve("escape"), outside);

    assertThat(picked(root, List.of())).isEmpty();
  }

  record Escape(String name, String reference, String message) {}

  static Stream<Escape> escapes() {
    return Stream.of(
        new Escape("dot-dot", "../../etc/passwd", "resolves outside the source root"),
        new Escape("absolute", "/etc/passwd", "resolves outside the source root"),
        new Escape("symlinked file", "link.env", "resolves outside the source root"),
        new Escape("symlinked dir", "linkdir/o.env", "resolves outside the source root"),
        new Escape("missing", "absent.env", "'app/absent.env' (from 'app/kustomization.yaml')"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void fileReferencesLeavingTheRootOrMissingAreRefused(Escape c) throws Exception {
    Path outside = Files.createTempDirectory("outside-");
    Files.writeString(outside.resolve("o.env"), "A=1\n");
    write("kustomization.yaml", "resources: [app]");
    write(
        "app/kustomization.yaml", "secretGenerator: [{name: s, envs: ['" + c.reference() + "']}]");
    Files.createSymbolicLink(root.resolve("app/link.env"), outside.resolve("o.env"));
    Files.createSymbolicLink(root.resolve("app/linkdir"), outside);

    assertThatThrownBy(() -> GeneratorSources.find(root, root, List.of()))
        .isInstanceOf(SourceFileException.class)
        .hasMessageContaining(c.message())
        .hasMessageNotContaining(root.toString());
  }

  @Test
  void aKustomizationFileLinkedFromOutsideTheRootIsNotRead() throws Exception {
    Path outside = Files.createTempDirectory("outside-");
    Files.writeString(
        outside.resolve("kustomization.yaml"), "secretGenerator: [{name: o, envs: [/etc/hosts]}]");
    write("kustomization.yaml", "resources: [app]");
    Files.createDirectories(root.resolve("app"));
    Files.createSymbolicLink(
        root.resolve("app/kustomization.yaml"), outside.resolve("kustomization.yaml"));

    assertThat(picked(root, List.of())).isEmpty();
  }

  @Test
  void aSymlinkInsideTheRootIsFollowedToItsTarget() throws Exception {
    write("kustomization.yaml", "secretGenerator: [{name: s, files: [link.yaml]}]");
    touch("secrets/real.yaml");
    Files.createSymbolicLink(root.resolve("link.yaml"), Path.of("secrets/real.yaml"));

    assertThat(picked(root, List.of()))
        .containsExactly(new Picked("secrets/real.yaml", SopsFormat.YAML));
  }

  @Test
  void anUnparsableKustomizationNamesTheFile() throws Exception {
    write("kustomization.yaml", "resources: [app]");
    write("app/kustomization.yaml", "secretGenerator: [unclosed");

    assertThatThrownBy(() -> GeneratorSources.find(root, root, List.of()))
        .isInstanceOf(SourceFileException.class)
        .hasMessageContaining("'app/kustomization.yaml'");
  }

  private List<Picked> picked(Path buildDir, List<String> components) throws Exception {
    return GeneratorSources.find(root, buildDir, components).stream()
        .map(f -> new Picked(f.shown(), f.format()))
        .toList();
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private void touch(String... paths) throws IOException {
    for (String path : paths) {
      write(path, "x\n");
    }
  }
}
