package io.tideline.testsupport.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;

/**
 * An in-process SSH server (Apache MINA sshd) on 127.0.0.1 that serves every repository under a
 * base folder to {@code git-upload-pack} and {@code git-receive-pack} (run with JGit), with public
 * key authentication only. Any user name is accepted; clone URLs look like {@code
 * ssh://git@127.0.0.1:<port>/<name>}.
 */
public final class GitSshServer implements AutoCloseable {

  private final SshServer server;
  private final SshKeyPair hostKey;
  private final List<PublicKey> authorizedKeys;

  private GitSshServer(SshServer server, SshKeyPair hostKey, List<PublicKey> authorizedKeys) {
    this.server = server;
    this.hostKey = hostKey;
    this.authorizedKeys = authorizedKeys;
  }

  /**
   * Starts a server for {@code baseDir} with an ECDSA host key, accepting the given client keys.
   */
  public static GitSshServer start(Path baseDir, SshKeyPair... clientKeys) throws IOException {
    return startWithHostKey(baseDir, SshKeyPair.ecdsa(), clientKeys);
  }

  /** Starts a server with the given host key, accepting the given client keys. */
  public static GitSshServer startWithHostKey(
      Path baseDir, SshKeyPair hostKey, SshKeyPair... clientKeys) throws IOException {
    Files.createDirectories(baseDir);
    List<PublicKey> authorized = new CopyOnWriteArrayList<>();
    for (SshKeyPair key : clientKeys) {
      authorized.add(key.keyPair().getPublic());
    }
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey.keyPair()));
    server.setPublickeyAuthenticator(
        (user, key, session) -> authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
    server.setPasswordAuthenticator(null);
    server.setKeyboardInteractiveAuthenticator(null);
    server.setCommandFactory(new GitSshCommandFactory(baseDir));
    server.start();
    return new GitSshServer(server, hostKey, authorized);
  }

  /** Accepts one more client key from now on. */
  public void authorize(SshKeyPair key) {
    authorizedKeys.add(key.keyPair().getPublic());
  }

  /** The port. */
  public int port() {
    return server.getPort();
  }

  /** {@code ssh://git@127.0.0.1:<port>/<name>} */
  public String repoUrl(String name) {
    return "ssh://git@127.0.0.1:" + port() + "/" + name;
  }

  /** The host key pair. */
  public SshKeyPair hostKey() {
    return hostKey;
  }

  /**
   * The {@code known_hosts} line for this server, {@code [127.0.0.1]:<port> <type> <base64>}, as a
   * Flux Secret's {@code known_hosts} key holds it.
   */
  public String knownHostsLine() {
    return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.keyPair().getPublic());
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
