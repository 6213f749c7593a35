package io.tideline.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tideline.testsupport.http.TestCertificateAuthority;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.X509KeyManager;
import org.junit.jupiter.api.Test;

class ClientCertificateTest {

  @Test
  void readsPemCertificateAndKeyIntoAKeyManager() throws Exception {
    var identity = TestCertificateAuthority.create("test-ca").issueServerCertificate();
    var managers =
        ClientCertificate.keyManagers(
            identity.certificatePem().getBytes(StandardCharsets.US_ASCII),
            identity.privateKeyPem().getBytes(StandardCharsets.US_ASCII));
    X509KeyManager km = (X509KeyManager) managers[0];
    assertThat(km.getPrivateKey("client")).isNotNull();
    assertThat(km.getCertificateChain("client")).isNotEmpty();
  }

  @Test
  void namesWhatIsWrong() throws Exception {
    var rsa = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
    assertThatThrownBy(() -> ClientCertificate.privateKey("not pem", rsa))
        .hasMessageContaining("tls.key is not a PEM private key");
    assertThatThrownBy(
            () ->
                ClientCertificate.privateKey(
                    "-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----", rsa))
        .hasMessageContaining("unsupported PEM type 'DSA PRIVATE KEY'");
  }
}
