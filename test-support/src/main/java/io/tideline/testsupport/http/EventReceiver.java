package io.tideline.testsupport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for notification-controller's event endpoint on 127.0.0.1: keeps every request
 * (method, path, Content-Type, body) and answers 202 Accepted, or the scripted {@link Reply}s
 * queued with {@link #replyNext} (a status, optionally after a delay, to test retries and
 * timeouts).
 */
public final class EventReceiver implements AutoCloseable {

  /** One request as received. */
  public record Request(String method, String path, String contentType, String body) {}

  /**
   * A scripted answer.
   *
   * @param status the HTTP status
   * @param delay how long to wait before answering
   */
  public record Reply(int status, Duration delay) {

    public static Reply status(int status) {
      return new Reply(status, Duration.ZERO);
    }

    public static Reply after(Duration delay, int status) {
      return new Reply(status, delay);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();

  private EventReceiver(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts listening on a free port of 127.0.0.1. */
  public static EventReceiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ExecutorService executor = Executors.newCachedThreadPool();
    EventReceiver receiver = new EventReceiver(server, executor);
    server.createContext("/", receiver::handle);
    server.setExecutor(executor);
    server.start();
    return receiver;
  }

  /** The address to give as {@code --events-addr}: {@code http://127.0.0.1:<port>/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Answers the next requests with these replies, in order; then 202 again. */
  public void replyNext(Reply... replies) {
    script.addAll(List.of(replies));
  }

  /** Every request received so far, in arrival order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body));
      Reply reply = script.poll();
      if (reply == null) {
        reply = Reply.status(202);
      }
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay().toMillis());
      }
      exchange.sendResponseHeaders(reply.status(), -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
