package io.tideline.testsupport.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * An SSH key pair for tests, with the text forms Flux Secrets and {@code ssh} use: the OpenSSH
 * private key ({@code identity}) and the {@code authorized_keys} public key line.
 */
public record SshKeyPair(KeyPair keyPair) {

  /** A new Ed25519 key pair (needs {@code net.i2p.crypto:eddsa} on the class path). */
  public static SshKeyPair ed25519() {
    return generate(KeyPairProvider.SSH_ED25519, 256);
  }

  /** A new RSA key pair of {@code bits} bits. */
  public static SshKeyPair rsa(int bits) {
    return generate(KeyPairProvider.SSH_RSA, bits);
  }

  /** A new ECDSA P-256 key pair. */
  public static SshKeyPair ecdsa() {
    return generate(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
  }

  private static SshKeyPair generate(String type, int bits) {
    try {
      return new SshKeyPair(KeyUtils.generateKeyPair(type, bits));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate " + type + " key", e);
    }
  }

  /** The key type, e.g. {@code ssh-ed25519}. */
  public String type() {
    return KeyUtils.getKeyType(keyPair);
  }

  /** The public key as an {@code authorized_keys} / {@code .pub} line, {@code <type> <base64>}. */
  public String publicKeyLine() {
    return PublicKeyEntry.toString(keyPair.getPublic());
  }

  /**
   * The unencrypted private key in OpenSSH format ({@code -----BEGIN OPENSSH PRIVATE KEY-----}).
   */
  public String privateKeyOpenSsh() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(keyPair, "tideline-test", null, out);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode private key", e);
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  /** Writes the private key to {@code file} with mode 0600 (as {@code ssh} requires). */
  public Path writePrivateKey(Path file) {
    try {
      Files.writeString(file, privateKeyOpenSsh(), StandardCharsets.US_ASCII);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
