package io.tideline.sops;

/**
 * The store format of a SOPS document. Flux picks it from the file name, case-sensitively as sops
 * does: {@code .yaml}/{@code .yml} YAML, {@code .json} and {@code .dockerconfigjson} JSON, {@code
 * .env} dotenv, anything else binary (a JSON document whose {@code data} key holds the whole
 * encrypted file). sops' INI store is not supported: {@code .ini} files are treated as binary.
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
    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
      return YAML;
    }
    if (path.endsWith(".json") || path.endsWith(".dockerconfigjson")) {
      return JSON;
    }
    if (path.endsWith(".env")) {
      return DOTENV;
    }
    return BINARY;
  }

  /** The text whose presence marks a document of this format as SOPS-encrypted (Flux's check). */
  public String marker() {
    return marker;
  }
}
