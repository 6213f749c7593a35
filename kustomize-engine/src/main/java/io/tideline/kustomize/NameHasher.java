package io.tideline.kustomize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content hash kustomize appends to generated ConfigMap and Secret names: sha256 over a
 * canonical JSON encoding of kind, an empty name, data (and type / binaryData / stringData), first
 * ten hex digits with a few digits swapped for letters so the suffix never looks like a number.
 */
final class NameHasher {
  private NameHasher() {}

  static String hash(Resource resource) {
    Map<String, Object> object = resource.object();
    Map<String, Object> encoded = new LinkedHashMap<>();
    encoded.put("kind", resource.kind());
    // kustomize looks the name up under a single field literally called "metadata/name", which
    // never exists, so the name always hashes as the empty string.
    encoded.put("name", "");
    encoded.put("data", valueOrEmpty(object.get("data")));
    if ("Secret".equals(resource.kind())) {
      encoded.put("type", valueOrEmpty(object.get("type")));
      if (object.get("stringData") instanceof Map<?, ?>) {
        encoded.put("stringData", object.get("stringData"));
      }
    } else if (object.get("binaryData") instanceof Map<?, ?>) {
      encoded.put("binaryData", object.get("binaryData"));
    }
    return encode(sha256Hex(GoJson.encode(encoded)));
  }

  private static Object valueOrEmpty(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> || value instanceof java.util.List<?>) {
      return value;
    }
    return ScalarText.of(value);
  }

  private static String encode(String hex) {
    StringBuilder out = new StringBuilder(10);
    for (char c : hex.substring(0, 10).toCharArray()) {
      out.append(
          switch (c) {
            case '0' -> 'g';
            case '1' -> 'h';
            case '3' -> 'k';
            case 'a' -> 'm';
            case 'e' -> 't';
            default -> c;
          });
    }
    return out.toString();
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
