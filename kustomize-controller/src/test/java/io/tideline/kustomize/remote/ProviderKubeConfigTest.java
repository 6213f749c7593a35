package io.tideline.kustomize.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Flux's canonical form of a configMapRef address. */
class ProviderKubeConfigTest {

  private static final String SOURCE = "KubeConfig configmap 'apps/remote'";

  @Test
  void addressGetsSchemeAndPort() throws Exception {
    assertThat(ProviderKubeConfig.address(SOURCE, "API.Example.com"))
        .isEqualTo("https://api.example.com:443");
    assertThat(ProviderKubeConfig.address(SOURCE, "https://127.0.0.1:6443"))
        .isEqualTo("https://127.0.0.1:6443");
  }

  @Test
  void plainHttpAndEmptyAreRefused() {
    assertThatThrownBy(() -> ProviderKubeConfig.address(SOURCE, "http://127.0.0.1:8080"))
        .hasMessage(
            SOURCE
                + ": the Kubernetes API server address 'http://127.0.0.1:8080' must use https"
                + " scheme");
    assertThatThrownBy(() -> ProviderKubeConfig.address(SOURCE, ""))
        .hasMessage(SOURCE + ": cluster address is required to create a REST config");
  }
}
