package io.tideline.kustomize.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Secret key holds the kubeconfig: secretRef.key, else value, else value.yaml. */
class KubeConfigSecretTest {

  private static final String REF = "apps/remote";

  @Test
  void explicitKeyWins() throws Exception {
    var contents =
        KubeConfigSecret.select(
            REF, Map.of("value", b64("a"), "cluster.yaml", b64("b")), "cluster.yaml");
    assertThat(contents.kubeconfig()).isEqualTo("b");
    assertThat(contents.source()).isEqualTo("KubeConfig secret 'apps/remote' key 'cluster.yaml'");
  }

  @Test
  void defaultKeyIsValue() throws Exception {
    var contents =
        KubeConfigSecret.select(REF, Map.of("value", b64("a"), "value.yaml", b64("b")), "");
    assertThat(contents.kubeconfig()).isEqualTo("a");
    assertThat(contents.source()).isEqualTo("KubeConfig secret 'apps/remote' key 'value'");
  }

  @Test
  void fallsBackToValueYaml() throws Exception {
    var contents = KubeConfigSecret.select(REF, Map.of("value.yaml", b64("b")), null);
    assertThat(contents.kubeconfig()).isEqualTo("b");
    assertThat(contents.source()).isEqualTo("KubeConfig secret 'apps/remote' key 'value.yaml'");
  }

  @Test
  void missingExplicitKeyIsNamed() {
    assertThatThrownBy(() -> KubeConfigSecret.select(REF, Map.of("value", b64("a")), "config"))
        .isInstanceOf(KubeConfigException.class)
        .hasMessage(
            "KubeConfig secret 'apps/remote' does not contain a 'config' key with a kubeconfig");
  }

  @Test
  void noDefaultKeyNamesValue() {
    assertThatThrownBy(() -> KubeConfigSecret.select(REF, Map.of("other", b64("a")), null))
        .isInstanceOf(KubeConfigException.class)
        .hasMessage(
            "KubeConfig secret 'apps/remote' does not contain a 'value' key with a kubeconfig");
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
