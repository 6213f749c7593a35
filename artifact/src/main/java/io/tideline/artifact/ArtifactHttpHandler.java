package io.tideline.artifact;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Serves the artifact storage from a JDK {@link com.sun.net.httpserver.HttpServer}; the rules are
 * {@link ArtifactFileResolver}'s.
 */
public final class ArtifactHttpHandler implements HttpHandler {

  private static final byte[] ROOT_BODY =
      "tideline artifact server\n".getBytes(StandardCharsets.UTF_8);

  private final ArtifactFileResolver resolver;

  /**
   * @param resolver decides the answers
   */
  public ArtifactHttpHandler(ArtifactFileResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      ArtifactFileResolver.Answer answer =
          resolver.resolve(method, exchange.getRequestURI().getPath());
      if (answer instanceof ArtifactFileResolver.ServeFile file) {
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        exchange.getResponseHeaders().set("Content-Length", Long.toString(file.size()));
        if (head) {
          exchange.sendResponseHeaders(200, -1);
          return;
        }
        exchange.sendResponseHeaders(200, file.size() == 0 ? -1 : file.size());
        try (OutputStream out = exchange.getResponseBody()) {
          Files.copy(file.file(), out);
        }
      } else if (answer instanceof ArtifactFileResolver.ServeRoot) {
        sendText(exchange, 200, ROOT_BODY, head);
      } else if (answer instanceof ArtifactFileResolver.MethodNotAllowed) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(exchange, 405, "method not allowed\n".getBytes(StandardCharsets.UTF_8), head);
      } else {
        sendText(exchange, 404, "404 page not found\n".getBytes(StandardCharsets.UTF_8), head);
      }
    }
  }

  private static void sendText(HttpExchange exchange, int status, byte[] body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
    if (head) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
