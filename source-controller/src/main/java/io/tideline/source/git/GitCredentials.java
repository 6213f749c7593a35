package io.tideline.source.git;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Git credentials read from a GitRepository's {@code secretRef} Secret, with Flux's data keys:
 * {@code username}+{@code password} (basic auth), {@code bearerToken}, {@code identity}+{@code
 * known_hosts} (+{@code password} as key passphrase) for SSH, {@code ca.crt} (or {@code caFile})
 * for a custom CA, {@code tls.crt}+{@code tls.key} for mutual TLS. {@link #toString()} never shows
 * a value.
 */
public record GitCredentials(
    String username,
    String password,
    String bearerToken,
    byte[] identity,
    String knownHosts,
    byte[] caCert,
    byte[] clientCert,
    byte[] clientKey) {

  /** No credentials: anonymous access. */
  public static final GitCredentials NONE =
      new GitCredentials(null, null, null, null, null, null, null, null);

  /**
   * Reads Flux's keys from decoded Secret data.
   *
   * @param data the Secret's data, values already base64-decoded
   */
  public static GitCredentials fromSecretData(Map<String, byte[]> data) {
    byte[] ca = data.containsKey("ca.crt") ? data.get("ca.crt") : data.get("caFile");
    return new GitCredentials(
        text(data.get("username")),
        text(data.get("password")),
        text(data.get("bearerToken")),
        data.get("identity"),
        text(data.get("known_hosts")),
        ca,
        data.get("tls.crt"),
        data.get("tls.key"));
  }

  /** True when an SSH private key is present. */
  public boolean hasIdentity() {
    return identity != null && identity.length > 0;
  }

  /** True when basic-auth credentials are present. */
  public boolean hasBasicAuth() {
    return username != null || password != null;
  }

  /** True when a custom CA or a client certificate is present. */
  public boolean hasTls() {
    return caCert != null || clientCert != null;
  }

  private static String text(byte[] value) {
    return value == null ? null : new String(value, StandardCharsets.UTF_8).trim();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GitCredentials[");
    if (hasBasicAuth()) sb.append("basic ");
    if (bearerToken != null) sb.append("bearer ");
    if (hasIdentity()) sb.append("ssh ");
    if (hasTls()) sb.append("tls ");
    return sb.toString().trim() + "]";
  }
}
