package io.tideline.artifact;

/**
 * Builds artifact URLs from the address consumers reach the file server at, as Flux's {@code
 * --storage-adv-addr} does: {@code http://<host>/<path>}, or {@code <prefix>/<path>} when the
 * address already starts with {@code http://} or {@code https://}.
 */
public record AdvertisedAddress(String prefix) {

  /** Takes a host[:port] or a full {@code http(s)://} prefix; a trailing {@code /} is dropped. */
  public AdvertisedAddress {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("advertised address must not be empty");
    }
    prefix = prefix.trim();
    if (!prefix.startsWith("http://") && !prefix.startsWith("https://")) {
      prefix = "http://" + prefix;
    }
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
  }

  /**
   * Flux's choice of advertised address: {@code --storage-adv-addr} when set, else the bind address
   * {@code --storage-addr} with an empty host read as {@code localhost} and {@code 0.0.0.0} as the
   * pod's host name.
   *
   * @param storageAdvAddr value of {@code --storage-adv-addr}, may be empty
   * @param storageAddr value of {@code --storage-addr}, e.g. {@code :9090}
   * @param hostname this machine's host name ({@code $HOSTNAME})
   */
  public static AdvertisedAddress fromFlags(
      String storageAdvAddr, String storageAddr, String hostname) {
    if (storageAdvAddr != null && !storageAdvAddr.isBlank()) {
      return new AdvertisedAddress(storageAdvAddr);
    }
    int colon = storageAddr.lastIndexOf(':');
    String host = colon < 0 ? storageAddr : storageAddr.substring(0, colon);
    String port = colon < 0 ? "" : storageAddr.substring(colon);
    if (host.isEmpty()) {
      host = "localhost";
    } else if (host.equals("0.0.0.0")) {
      host = hostname;
    }
    return new AdvertisedAddress(host + port);
  }

  /** The download URL of a storage-relative path. */
  public String urlOf(String relativePath) {
    String path = relativePath;
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    return prefix + "/" + path;
  }
}
