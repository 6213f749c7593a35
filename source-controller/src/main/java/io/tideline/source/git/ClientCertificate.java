package io.tideline.source.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * A TLS client certificate for mutual TLS from a Secret's {@code tls.crt} (PEM chain) and {@code
 * tls.key} (PEM private key: PKCS#8, PKCS#1 RSA or SEC1 EC).
 */
final class ClientCertificate {

  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

  private ClientCertificate() {}

  static KeyManager[] keyManagers(byte[] certPem, byte[] keyPem)
      throws GeneralSecurityException, IOException {
    Certificate[] chain =
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(certPem))
            .toArray(new Certificate[0]);
    if (chain.length == 0) {
      throw new GeneralSecurityException("tls.crt holds no certificate");
    }
    PrivateKey key =
        privateKey(new String(keyPem, StandardCharsets.US_ASCII), chain[0].getPublicKey());
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    char[] password = new char[0];
    store.setKeyEntry("client", key, password, chain);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    return kmf.getKeyManagers();
  }

  static PrivateKey privateKey(String pem, java.security.PublicKey certificateKey)
      throws GeneralSecurityException, IOException {
    String algorithm = certificateKey.getAlgorithm();
    Matcher m = PEM.matcher(pem);
    if (!m.find()) {
      throw new GeneralSecurityException("tls.key is not a PEM private key");
    }
    byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
    byte[] pkcs8 =
        switch (m.group(1)) {
          case "PRIVATE KEY" -> der;
          case "RSA PRIVATE KEY" ->
              new PrivateKeyInfo(
                      new AlgorithmIdentifier(
                          PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                      RSAPrivateKey.getInstance(der))
                  .getEncoded();
          case "EC PRIVATE KEY" -> {
            ECPrivateKey ec = ECPrivateKey.getInstance(der);
            AlgorithmIdentifier id =
                ec.getParametersObject() != null
                    ? new AlgorithmIdentifier(
                        X9ObjectIdentifiers.id_ecPublicKey, ec.getParametersObject())
                    : SubjectPublicKeyInfo.getInstance(certificateKey.getEncoded()).getAlgorithm();
            yield new PrivateKeyInfo(id, ec).getEncoded();
          }
          default ->
              throw new GeneralSecurityException(
                  "tls.key: unsupported PEM type '" + m.group(1) + "'");
        };
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }
}
