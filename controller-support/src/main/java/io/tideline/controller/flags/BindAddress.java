package io.tideline.controller.flags;

/**
 * A Go-style bind address {@code [host]:port} as Flux's {@code --metrics-addr} and {@code
 * --health-addr} take it; an empty host means all interfaces, an IPv6 host is bracketed.
 *
 * @param host the host to bind, {@code 0.0.0.0} when empty
 * @param port the port, 0–65535 (0: any free port)
 */
public record BindAddress(String host, int port) {

  /**
   * @throws IllegalArgumentException naming the address when the port is missing or invalid
   */
  public static BindAddress parse(String address) {
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("invalid bind address '" + address + "': missing port");
    }
    String host = address.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(address.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid bind address '" + address + "': bad port");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "invalid bind address '" + address + "': port out of range");
    }
    return new BindAddress(host.isEmpty() ? "0.0.0.0" : host, port);
  }
}
