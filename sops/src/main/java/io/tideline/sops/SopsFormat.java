package io.tideline.sops;

import java.util.Locale;

/**
 * The store format of a SOPS document. Flux picks it from the file name: {@code .yaml}/{@code .yml}
 * YAML, {@code .json} and {@code .dockerconfigjson} JSON, {@code .env} dotenv, anything else binary
 * (a JSON document whose {@code data} key holds the whole encrypted file).
 */
public enum SopsFormat {
  YAML("mac: ENC["),
  JSON("\"mac\": \"ENC["),
  DOTENV("sops_mac=ENC["),
  BINARY("\"mac\": \"ENC[");

  private final String marker;

  SopsFormat(String marker) {
    this.marker = marker;
  }

  /** The format Flux uses for a file path or a Secret data key name. */
  public static SopsFormat forPath(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".json") || name.endsWith(".dockerconfigjson")) {
      return JSON;
    }
    if (name.endsWith(".env")) {
      return DOTENV;
    }
    return BINARY;
  }

  /** The text whose presence marks a document of this format as SOPS-encrypted (Flux's check). */
  public String marker() {
    return marker;
  }
}
