package io.tideline.kustomize.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which kubeconfigs the controller accepts, under which flags, and what a refusal says. */
class KubeConfigLoaderTest {

  private static final String SOURCE = "KubeConfig secret 'apps/remote' key 'value'";
  private static final String SECRET_MATERIAL = "s3cr3t-token-value";

  /** A fixture, the flags, and the error expected (null: accepted). */
  record Case(String fixture, KubeConfigPolicy policy, String expectedError) {
    @Override
    public String toString() {
      return fixture
          + (policy.allowExec() ? " +exec" : "")
          + (policy.allowInsecureTls() ? " +tls" : "");
    }
  }

  private static final KubeConfigPolicy SECURE = KubeConfigPolicy.secure();
  private static final KubeConfigPolicy EXEC = new KubeConfigPolicy(true, false, "", false);
  private static final KubeConfigPolicy TLS = new KubeConfigPolicy(false, true, "", false);

  static Stream<Case> cases() {
    return Stream.of(
        new Case("valid", SECURE, null),
        new Case(
            "exec",
            SECURE,
            SOURCE
                + ": user 'deployer' uses an exec credential plugin (user.exec), which is refused"
                + " unless the controller runs with --insecure-kubeconfig-exec"),
        new Case(
            "auth-provider",
            SECURE,
            SOURCE
                + ": user 'deployer' uses an auth-provider (user.auth-provider), which is refused"
                + " unless the controller runs with --insecure-kubeconfig-exec"),
        new Case("auth-provider", EXEC, null),
        new Case(
            "insecure-tls",
            SECURE,
            SOURCE
                + ": cluster 'remote' sets insecure-skip-tls-verify: true, which is refused unless"
                + " the controller runs with --insecure-kubeconfig-tls"),
        new Case(
            "insecure-tls",
            EXEC,
            SOURCE
                + ": cluster 'remote' sets insecure-skip-tls-verify: true, which is refused unless"
                + " the controller runs with --insecure-kubeconfig-tls"),
        new Case("insecure-tls", TLS, null),
        new Case(
            "token-file",
            SECURE,
            SOURCE
                + ": user 'deployer' reads tokenFile from the controller's filesystem; embed it as"
                + " token"),
        new Case(
            "client-cert-file",
            new KubeConfigPolicy(true, true, "", true),
            SOURCE
                + ": user 'deployer' reads client-certificate from the controller's filesystem;"
                + " embed it as client-certificate-data"),
        new Case(
            "ca-file",
            SECURE,
            SOURCE
                + ": cluster 'remote' reads certificate-authority from the controller's"
                + " filesystem; embed it as certificate-authority-data"),
        new Case(
            "no-current-context",
            SECURE,
            SOURCE + " is not a usable kubeconfig: no current-context"),
        new Case(
            "missing-cluster",
            SECURE,
            SOURCE
                + " is not a usable kubeconfig: cluster 'remote' of context 'remote' is not"
                + " defined"),
        new Case(
            "unparsable",
            SECURE,
            SOURCE + " is not a valid kubeconfig: YAML error at line 7, column 3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void loadsOrRefuses(Case c) throws Exception {
    String kubeconfig = fixture(c.fixture());
    KubeConfigLoader loader = new KubeConfigLoader(c.policy());
    if (c.expectedError() == null) {
      Config config = loader.load(SOURCE, kubeconfig);
      assertThat(config.getMasterUrl()).startsWith("https://127.0.0.1:6443");
      assertThat(config.getRequestTimeout()).isEqualTo(30_000);
      return;
    }
    assertThatThrownBy(() -> loader.load(SOURCE, kubeconfig))
        .isInstanceOf(KubeConfigException.class)
        .hasMessage(c.expectedError())
        .message()
        .doesNotContain(SECRET_MATERIAL);
  }

  @Test
  void acceptedConfigKeepsInlineCredentials() throws Exception {
    Config config = new KubeConfigLoader(SECURE).load(SOURCE, fixture("valid"));
    assertThat(config.getAutoOAuthToken()).isEqualTo(SECRET_MATERIAL);
    assertThat(config.getCaCertData()).isEqualTo("Q0EtREFUQQ==");
    assertThat(config.getCaCertFile()).isNull();
    assertThat(config.getImpersonateUsername()).isNull();
  }

  static String fixture(String name) throws IOException {
    try (InputStream in =
        KubeConfigLoaderTest.class.getResourceAsStream("/testdata/kubeconfig/" + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
