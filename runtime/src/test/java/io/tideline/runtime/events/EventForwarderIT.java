package io.tideline.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tideline.runtime.MutableClock;
import io.tideline.runtime.TestObject;
import io.tideline.testsupport.http.EventReceiver;
import io.tideline.testsupport.http.EventReceiver.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Events POSTed to a real HTTP receiver on 127.0.0.1, with Flux's retry rules. */
class EventForwarderIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final DeliveryPolicy FAST =
      new DeliveryPolicy(
          Duration.ofSeconds(2), 4, Duration.ofMillis(20), Duration.ofMillis(100), 16);

  final FluxEventFactory factory =
      new FluxEventFactory(
          "source-controller", "source-controller-0", MutableClock.at("2026-11-21T10:00:00Z"));
  final TestObject object = TestObject.named("flux-system", "podinfo", 1);
  EventReceiver receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = EventReceiver.start();
    object.getMetadata().setUid("uid-1");
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  EventForwarder forwarder(DeliveryPolicy policy) {
    return EventForwarder.start(receiver.url(), factory, policy);
  }

  void record(EventRecorder recorder, EventType type, String reason) {
    recorder.record(
        object, type, reason, "message of " + reason, Map.of("revision", "main@sha1:abc"));
  }

  List<String> reasonsReceived() {
    return receiver.requests().stream().map(r -> json(r.body()).get("reason").asText()).toList();
  }

  void awaitRequests(int count) {
    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() >= count);
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  @Test
  void postsFluxEventJsonAndSkipsTraceEvents() {
    try (EventForwarder forwarder = forwarder(FAST)) {
      record(forwarder, EventType.Warning, "GitOperationFailed");
      record(forwarder, EventType.Trace, "ArtifactUpToDate");
      record(forwarder, EventType.Normal, "NewArtifact");
      awaitRequests(2);
    }

    List<EventReceiver.Request> requests = receiver.requests();
    assertThat(requests).hasSize(2);
    EventReceiver.Request first = requests.get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/");
    assertThat(first.contentType()).isEqualTo("application/json");
    JsonNode event = json(first.body());
    assertThat(event.get("involvedObject").get("kind").asText()).isEqualTo("GitRepository");
    assertThat(event.get("involvedObject").get("namespace").asText()).isEqualTo("flux-system");
    assertThat(event.get("involvedObject").get("name").asText()).isEqualTo("podinfo");
    assertThat(event.get("involvedObject").get("uid").asText()).isEqualTo("uid-1");
    assertThat(event.get("involvedObject").get("apiVersion").asText())
        .isEqualTo("source.toolkit.fluxcd.io/v1");
    assertThat(event.get("severity").asText()).isEqualTo("error");
    assertThat(event.get("timestamp").asText()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(event.get("message").asText()).isEqualTo("message of GitOperationFailed");
    assertThat(event.get("metadata").get("source.toolkit.fluxcd.io/revision").asText())
        .isEqualTo("main@sha1:abc");
    assertThat(event.get("reportingController").asText()).isEqualTo("source-controller");
    assertThat(event.get("reportingInstance").asText()).isEqualTo("source-controller-0");
    assertThat(reasonsReceived()).containsExactly("GitOperationFailed", "NewArtifact");
    assertThat(json(requests.get(1).body()).get("severity").asText()).isEqualTo("info");
  }

  @Test
  void retriesServerErrorsUntilAccepted() {
    receiver.replyNext(Reply.status(500), Reply.status(503));
    try (EventForwarder forwarder = forwarder(FAST)) {
      record(forwarder, EventType.Normal, "NewArtifact");
      awaitRequests(3);
    }

    assertThat(reasonsReceived()).containsExactly("NewArtifact", "NewArtifact", "NewArtifact");
    assertThat(receiver.requests().stream().map(EventReceiver.Request::body).distinct()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 400, 501})
  void doesNotRetryDuplicatesOrClientErrors(int status) {
    receiver.replyNext(Reply.status(status));
    try (EventForwarder forwarder = forwarder(FAST)) {
      record(forwarder, EventType.Normal, "First");
      record(forwarder, EventType.Normal, "Second");
      awaitRequests(2);
    }

    assertThat(reasonsReceived()).containsExactly("First", "Second");
  }

  @Test
  void givesUpAfterTheLastRetry() {
    receiver.replyNext(Reply.status(500), Reply.status(500), Reply.status(500));
    DeliveryPolicy twoRetries =
        new DeliveryPolicy(
            Duration.ofSeconds(2), 2, Duration.ofMillis(10), Duration.ofMillis(10), 16);
    try (EventForwarder forwarder = forwarder(twoRetries)) {
      record(forwarder, EventType.Normal, "First");
      record(forwarder, EventType.Normal, "Second");
      awaitRequests(4);
    }

    assertThat(reasonsReceived()).containsExactly("First", "First", "First", "Second");
  }

  @Test
  void aTimedOutAttemptIsRetried() {
    receiver.replyNext(Reply.after(Duration.ofSeconds(3), 202));
    DeliveryPolicy shortTimeout =
        new DeliveryPolicy(
            Duration.ofMillis(300), 4, Duration.ofMillis(10), Duration.ofMillis(10), 16);
    long start = System.nanoTime();
    try (EventForwarder forwarder = forwarder(shortTimeout)) {
      record(forwarder, EventType.Normal, "NewArtifact");
      awaitRequests(2);
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(reasonsReceived()).containsExactly("NewArtifact", "NewArtifact");
  }

  @Test
  void connectionErrorsAreRetriedThenReported() throws Exception {
    URI closed = URI.create("http://127.0.0.1:" + freePort() + "/");
    DeliveryPolicy oneRetry =
        new DeliveryPolicy(
            Duration.ofSeconds(1), 1, Duration.ofMillis(10), Duration.ofMillis(10), 1);
    EventPoster poster = new EventPoster(EventPoster.client(oneRetry), closed, oneRetry);

    EventPoster.Delivery delivery = poster.post("{}".getBytes(StandardCharsets.UTF_8));

    assertThat(delivery.attempts()).isEqualTo(2);
    assertThat(delivery.status()).isZero();
    assertThat(delivery.failure()).hasValueSatisfying(f -> assertThat(f).contains("Connect"));
    assertThat(delivery.accepted()).isFalse();
  }

  @Test
  void aFullQueueDropsEventsWithoutBlockingTheCaller() {
    receiver.replyNext(Reply.after(Duration.ofSeconds(1), 202));
    DeliveryPolicy twoQueued =
        new DeliveryPolicy(
            Duration.ofSeconds(5), 0, Duration.ofMillis(10), Duration.ofMillis(10), 2);
    try (EventForwarder forwarder = forwarder(twoQueued)) {
      record(forwarder, EventType.Normal, "InFlight");
      awaitRequests(1);
      long start = System.nanoTime();
      Stream.of("Queued1", "Queued2", "Dropped1", "Dropped2")
          .forEach(reason -> record(forwarder, EventType.Normal, reason));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
      assertThat(forwarder.dropped()).isEqualTo(2);
      awaitRequests(3);
    }

    assertThat(reasonsReceived()).containsExactly("InFlight", "Queued1", "Queued2");
  }

  @Test
  void closeSendsWhatIsQueued() {
    receiver.replyNext(
        Reply.after(Duration.ofMillis(200), 202), Reply.after(Duration.ofMillis(200), 202));
    EventForwarder forwarder = forwarder(FAST);
    record(forwarder, EventType.Normal, "One");
    record(forwarder, EventType.Normal, "Two");
    record(forwarder, EventType.Normal, "Three");

    forwarder.close();
    record(forwarder, EventType.Normal, "AfterClose");

    assertThat(reasonsReceived()).containsExactly("One", "Two", "Three");
  }

  @Test
  void rejectsAddressesThatAreNotHttpUrls() {
    assertThatThrownBy(
            () -> EventForwarder.start(URI.create("notification-controller"), factory, FAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http(s) URL");
    assertThatThrownBy(
            () -> EventForwarder.start(URI.create("ftp://user:hunter2@nc.example/"), factory, FAST))
        .hasMessageNotContaining("hunter2");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
