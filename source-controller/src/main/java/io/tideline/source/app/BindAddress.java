package io.tideline.source.app;

/**
 * A Go-style bind address {@code [host]:port}; an empty host means all interfaces.
 *
 * @param host the host to bind, {@code 0.0.0.0} when empty
 * @param port the port
 */
public record BindAddress(String host, int port) {

  public static BindAddress parse(String address) {
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      throw new FluxFlags.FlagException("invalid bind address '" + address + "': missing port");
    }
    String host = address.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(address.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new FluxFlags.FlagException("invalid bind address '" + address + "': bad port");
    }
    return new BindAddress(host.isEmpty() ? "0.0.0.0" : host, port);
  }
}
