package io.tideline.kustomize.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.tideline.api.kustomize.v1.Kustomization;
import org.junit.jupiter.api.Test;

class ConfigWatchesTest {

  private static final Kustomization KUSTOMIZATION =
      Serialization.unmarshal(
          """
          apiVersion: kustomize.toolkit.fluxcd.io/v1
          kind: Kustomization
          metadata:
            name: app
            namespace: team
          spec:
            interval: 5m
            prune: true
            sourceRef:
              kind: GitRepository
              name: repo
            decryption:
              provider: sops
              secretRef:
                name: sops-keys
            kubeConfig:
              secretRef:
                name: remote
            postBuild:
              substituteFrom:
                - kind: ConfigMap
                  name: vars
                - kind: Secret
                  name: secret-vars
                  optional: true
          """,
          Kustomization.class);

  @Test
  void indexesEveryReferencedConfigMapInTheKustomizationsNamespace() {
    assertThat(ConfigWatches.configMapKeys(KUSTOMIZATION)).containsExactly("team/vars");
  }

  @Test
  void indexesDecryptionKubeConfigAndSubstitutionSecrets() {
    assertThat(ConfigWatches.secretKeys(KUSTOMIZATION))
        .containsExactly("team/sops-keys", "team/remote", "team/secret-vars");
  }

  @Test
  void aKustomizationWithoutReferencesIsNotIndexed() {
    Kustomization plain =
        Serialization.unmarshal(
            """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: plain
              namespace: team
            spec:
              interval: 5m
              prune: true
              sourceRef:
                kind: GitRepository
                name: repo
            """,
            Kustomization.class);

    assertThat(ConfigWatches.configMapKeys(plain)).isEmpty();
    assertThat(ConfigWatches.secretKeys(plain)).isEmpty();
  }
}
