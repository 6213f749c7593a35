package io.tideline.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * An artifact digest in Flux's {@code <algo>:<hex>} form, e.g. {@code sha256:9f86d0…}.
 *
 * <p>Supported algorithms are those of {@code --artifact-digest-algo} that the JDK implements:
 * {@code sha256} (default), {@code sha384} and {@code sha512}. A bare hex string is read as sha256,
 * as Flux's consumers do.
 */
public record Digest(String algorithm, String hex) {

  /** The algorithm used when none is configured. */
  public static final String SHA256 = "sha256";

  private static final Set<String> SUPPORTED = Set.of("sha256", "sha384", "sha512");

  /** Validates and normalises to lower case. */
  public Digest {
    algorithm = algorithm.toLowerCase(Locale.ROOT);
    hex = hex.toLowerCase(Locale.ROOT);
    if (!SUPPORTED.contains(algorithm)) {
      throw new IllegalArgumentException(
          "unsupported digest algorithm '" + algorithm + "', expected one of " + SUPPORTED);
    }
    if (hex.isEmpty() || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("digest '" + hex + "' is not a hex string");
    }
    int expectedLength = newMessageDigest(algorithm).getDigestLength() * 2;
    if (hex.length() != expectedLength) {
      throw new IllegalArgumentException(
          "digest '"
              + algorithm
              + ":"
              + hex
              + "' has "
              + hex.length()
              + " hex characters, expected "
              + expectedLength);
    }
  }

  /** Parses {@code <algo>:<hex>}; a bare hex string is taken as sha256. */
  public static Digest parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("digest is empty");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new Digest(SHA256, text.trim());
    }
    return new Digest(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
  }

  /** Digest of the bytes of {@code file}. */
  public static Digest of(String algorithm, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(algorithm, in);
    }
  }

  /** Digest of everything read from {@code in} (not closed). */
  public static Digest of(String algorithm, InputStream in) throws IOException {
    MessageDigest md = newMessageDigest(algorithm);
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      md.update(buffer, 0, n);
    }
    return fromBytes(algorithm, md.digest());
  }

  /** Wraps a finished {@link MessageDigest} result. */
  public static Digest fromBytes(String algorithm, byte[] digest) {
    return new Digest(algorithm, HexFormat.of().formatHex(digest));
  }

  /** A fresh JDK {@link MessageDigest} for a Flux algorithm name ({@code sha256} → SHA-256). */
  public static MessageDigest newMessageDigest(String algorithm) {
    String jdkName =
        switch (algorithm.toLowerCase(Locale.ROOT)) {
          case "sha256" -> "SHA-256";
          case "sha384" -> "SHA-384";
          case "sha512" -> "SHA-512";
          default ->
              throw new IllegalArgumentException(
                  "unsupported digest algorithm '" + algorithm + "', expected one of " + SUPPORTED);
        };
    try {
      return MessageDigest.getInstance(jdkName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + jdkName, e);
    }
  }

  /** A {@link MessageDigest} for this digest's algorithm. */
  public MessageDigest newMessageDigest() {
    return newMessageDigest(algorithm);
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
