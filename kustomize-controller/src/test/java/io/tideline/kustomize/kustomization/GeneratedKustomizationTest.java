package io.tideline.kustomize.kustomization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedKustomizationTest {

  @Test
  void listsManifestsAndKustomizedFoldersButNotOtherFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
    Files.writeString(dir.resolve("notes.yaml"), "just: text\n");
    Files.writeString(dir.resolve("README.md"), "apiVersion kind\n");
    Files.createDirectories(dir.resolve("nested/deeper"));
    Files.writeString(dir.resolve("nested/deeper/b.yml"), "apiVersion: v1\nkind: Secret\n");
    Files.createDirectories(dir.resolve("base"));
    Files.writeString(dir.resolve("base/kustomization.yaml"), "resources: []\n");
    Files.writeString(dir.resolve("base/c.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve(".hidden/d.yaml"), "apiVersion: v1\nkind: ConfigMap\n");

    assertThat(GeneratedKustomization.ensure(dir)).isTrue();

    assertThat(Files.readString(dir.resolve("kustomization.yaml")))
        .isEqualTo(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - 'a.yaml'
              - 'base'
              - 'nested/deeper/b.yml'
            """);
  }

  @Test
  void leavesAnExistingKustomizationAlone(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Kustomization"), "resources: []\n");

    assertThat(GeneratedKustomization.ensure(dir)).isFalse();
    assertThat(dir.resolve("kustomization.yaml")).doesNotExist();
  }
}
