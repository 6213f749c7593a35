package io.tideline.runtime.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * POSTs one event body to notification-controller, retrying per {@link DeliveryPolicy}: connection
 * errors, timeouts and 5xx except 501 are retried; 2xx, 429 (a duplicate notification-controller
 * rate-limited) and other statuses end the delivery at once. Blocks the calling thread while it
 * waits between attempts.
 */
final class EventPoster {

  /**
   * How a delivery ended.
   *
   * @param attempts requests made
   * @param status the last HTTP status; 0 when no response was received
   * @param failure why the last attempt failed without a response; empty when one was received
   */
  record Delivery(int attempts, int status, Optional<String> failure) {

    boolean accepted() {
      return status >= 200 && status < 300;
    }

    boolean duplicate() {
      return status == 429;
    }
  }

  private final HttpClient http;
  private final URI address;
  private final DeliveryPolicy policy;

  EventPoster(HttpClient http, URI address, DeliveryPolicy policy) {
    this.http = Objects.requireNonNull(http, "http");
    this.address = Objects.requireNonNull(address, "address");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** An HTTP/1.1 client with the policy's connect timeout and no redirects. */
  static HttpClient client(DeliveryPolicy policy) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(policy.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Delivery post(byte[] body) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(address)
            .timeout(policy.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    int attempt = 0;
    while (true) {
      attempt++;
      Delivery delivery = attempt(request, attempt);
      int retry = attempt - 1;
      if (!retryable(delivery) || retry >= policy.maxRetries()) {
        return delivery;
      }
      Thread.sleep(policy.backoff(retry).toMillis());
    }
  }

  private Delivery attempt(HttpRequest request, int attempt) throws InterruptedException {
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return new Delivery(attempt, response.statusCode(), Optional.empty());
    } catch (IOException e) {
      return new Delivery(attempt, 0, Optional.of(describe(e)));
    }
  }

  private static boolean retryable(Delivery delivery) {
    int status = delivery.status();
    return status == 0 || (status >= 500 && status != 501);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
