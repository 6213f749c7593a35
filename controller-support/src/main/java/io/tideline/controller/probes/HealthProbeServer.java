package io.tideline.controller.probes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tideline.controller.flags.BindAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Flux's probe endpoints on {@code --health-addr}: {@code /healthz} and {@code /readyz} answer 200
 * {@code ok} while the process runs. Closing stops the server and its threads.
 */
public final class HealthProbeServer implements AutoCloseable {

  private static final int THREADS = 2;
  private static final int BACKLOG = 64;

  private final HttpServer server;
  private final ExecutorService executor;

  private HealthProbeServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds and starts the server.
   *
   * @throws IOException naming the address when it cannot be bound
   */
  public static HealthProbeServer start(BindAddress address) throws IOException {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address.host(), address.port()), BACKLOG);
    } catch (IOException e) {
      throw new IOException(
          "cannot start the health server on "
              + address.host()
              + ":"
              + address.port()
              + ": "
              + e.getMessage(),
          e);
    }
    server.createContext("/healthz", HealthProbeServer::ok);
    server.createContext("/readyz", HealthProbeServer::ok);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "health-probes");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.start();
    return new HealthProbeServer(server, executor);
  }

  /** The bound port (useful when started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void ok(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }
}
