package io.tideline.source.git;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.JDKHttpConnectionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * The transport set-up of one Git operation: credentials provider, bearer header, custom CA and an
 * SSH session factory whose only key is the Secret's {@code identity} and whose only trusted hosts
 * are the Secret's {@code known_hosts} (strict checking). Key material is written to a private
 * temporary folder that {@link #close()} deletes.
 */
final class GitSession implements AutoCloseable {

  private final GitCredentials credentials;
  private final int timeoutSeconds;
  private final Path sshDir;
  private final SshdSessionFactory sshFactory;
  private final TrustManager[] trustManagers;
  private final KeyManager[] keyManagers;

  GitSession(String url, GitCredentials credentials, int timeoutSeconds)
      throws GitOperationException {
    this.credentials = credentials;
    this.timeoutSeconds = timeoutSeconds;
    try {
      if (url.startsWith("ssh://")) {
        this.sshDir = Files.createTempDirectory("tideline-ssh-");
        this.sshFactory = buildSshFactory(sshDir, credentials);
      } else {
        this.sshDir = null;
        this.sshFactory = null;
      }
      this.trustManagers =
          credentials.caCert() == null ? null : trustManagers(credentials.caCert());
      if (credentials.clientCert() != null && credentials.clientKey() == null) {
        throw new GeneralSecurityException("tls.crt is set but tls.key is missing");
      }
      this.keyManagers =
          credentials.clientCert() == null
              ? null
              : ClientCertificate.keyManagers(credentials.clientCert(), credentials.clientKey());
    } catch (IOException | GeneralSecurityException e) {
      close();
      throw new GitOperationException("invalid credentials in secret: " + e.getMessage(), true, e);
    }
  }

  /** Applies timeout, credentials and transport callbacks to a JGit command. */
  <C extends TransportCommand<C, ?>> C configure(C command) {
    command.setTimeout(timeoutSeconds);
    command.setCredentialsProvider(credentialsProvider());
    command.setTransportConfigCallback(this::configureTransport);
    return command;
  }

  void configureTransport(Transport transport) {
    if (transport instanceof SshTransport ssh && sshFactory != null) {
      ssh.setSshSessionFactory(sshFactory);
    }
    if (transport instanceof TransportHttp http) {
      if (credentials.bearerToken() != null) {
        http.setAdditionalHeaders(Map.of("Authorization", "Bearer " + credentials.bearerToken()));
      }
      if (trustManagers != null || keyManagers != null) {
        http.setHttpConnectionFactory(new TlsConnectionFactory(keyManagers, trustManagers));
      }
    }
  }

  CredentialsProvider credentialsProvider() {
    if (sshFactory != null) {
      return new KeyPassphraseProvider(credentials.password());
    }
    if (credentials.hasBasicAuth()) {
      return new UsernamePasswordCredentialsProvider(
          credentials.username() == null ? "" : credentials.username(),
          credentials.password() == null ? "" : credentials.password());
    }
    return null;
  }

  private static SshdSessionFactory buildSshFactory(Path dir, GitCredentials credentials)
      throws IOException {
    Path knownHosts = dir.resolve("known_hosts");
    Files.writeString(
        knownHosts, credentials.knownHosts() == null ? "" : credentials.knownHosts() + "\n");
    Path config = dir.resolve("config");
    Files.writeString(
        config,
        "Host *\n  StrictHostKeyChecking yes\n  UpdateHostKeys no\n  UserKnownHostsFile "
            + knownHosts
            + "\n");
    List<Path> identities = List.of();
    if (credentials.hasIdentity()) {
      Path identity = dir.resolve("identity");
      Files.write(identity, credentials.identity());
      Files.setPosixFilePermissions(identity, PosixFilePermissions.fromString("rw-------"));
      identities = List.of(identity);
    }
    List<Path> keys = identities;
    return new SshdSessionFactoryBuilder()
        .setHomeDirectory(dir.toFile())
        .setSshDirectory(dir.toFile())
        .setConfigFile(home -> config.toFile())
        .setDefaultKnownHostsFiles(d -> List.of(knownHosts))
        .setDefaultIdentities(d -> keys)
        .setPreferredAuthentications("publickey")
        .build(null);
  }

  private static TrustManager[] trustManagers(byte[] pem)
      throws GeneralSecurityException, IOException {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    int i = 0;
    for (Certificate c : cf.generateCertificates(new ByteArrayInputStream(pem))) {
      store.setCertificateEntry("ca-" + i++, c);
    }
    if (i == 0) {
      throw new GeneralSecurityException("ca.crt holds no certificate");
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    return tmf.getTrustManagers();
  }

  @Override
  public void close() {
    if (sshFactory != null) {
      sshFactory.close();
    }
    if (sshDir != null) {
      try (Stream<Path> files = Files.walk(sshDir)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // best effort: the folder only holds copies of Secret data in a private temp dir
      }
    }
  }

  /** Answers only the SSH key passphrase prompt; refuses host-key confirmation prompts. */
  private static final class KeyPassphraseProvider extends CredentialsProvider {
    private final String passphrase;

    KeyPassphraseProvider(String passphrase) {
      this.passphrase = passphrase;
    }

    @Override
    public boolean isInteractive() {
      return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
      return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
      boolean answered = true;
      for (CredentialItem item : items) {
        if (item instanceof CredentialItem.Password p && passphrase != null) {
          p.setValue(passphrase.toCharArray());
        } else if (item instanceof CredentialItem.YesNoType yn) {
          yn.setValue(false);
        } else {
          answered = false;
        }
      }
      return answered;
    }
  }

  /**
   * JDK HTTP connections with the Secret's client certificate and/or trusting only the Secret's CA
   * (null: the JDK defaults).
   */
  private record TlsConnectionFactory(KeyManager[] keyManagers, TrustManager[] trustManagers)
      implements HttpConnectionFactory {
    private static final JDKHttpConnectionFactory JDK = new JDKHttpConnectionFactory();

    @Override
    public HttpConnection create(java.net.URL url) throws IOException {
      return configure(JDK.create(url));
    }

    @Override
    public HttpConnection create(java.net.URL url, java.net.Proxy proxy) throws IOException {
      return configure(JDK.create(url, proxy));
    }

    private HttpConnection configure(HttpConnection c) throws IOException {
      try {
        c.configure(keyManagers, trustManagers, null);
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot configure TLS: " + e.getMessage(), e);
      }
      return c;
    }
  }
}
