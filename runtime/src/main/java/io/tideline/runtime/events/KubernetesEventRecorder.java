package io.tideline.runtime.events;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.HttpURLConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes core/v1 Events on reconciled objects. An event identical to one recorded before (same
 * object, type, reason, message and annotations) increments that Event's {@code count} and {@code
 * lastTimestamp} instead of creating a new object. The memory of recent events is a bounded LRU;
 * API calls are made outside its lock, so concurrent reconciles do not wait on each other. Failures
 * to write an event are logged and never fail the reconcile.
 */
public final class KubernetesEventRecorder implements EventRecorder {

  private static final System.Logger LOG =
      System.getLogger(KubernetesEventRecorder.class.getName());

  /** Default number of distinct recent events remembered for aggregation. */
  public static final int DEFAULT_CACHE_SIZE = 4096;

  private final KubernetesClient client;
  private final CoreEventFactory factory;
  private final Map<CoreEventFactory.Key, Recorded> recent;

  private record Recorded(String namespace, String name, int count) {}

  public KubernetesEventRecorder(KubernetesClient client, CoreEventFactory factory, int cacheSize) {
    this.client = Objects.requireNonNull(client, "client");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.recent =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<CoreEventFactory.Key, Recorded> eldest) {
            return size() > cacheSize;
          }
        };
  }

  @Override
  public void record(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata) {
    Event event = factory.create(object, type, reason, message, metadata);
    CoreEventFactory.Key key = CoreEventFactory.keyOf(event);
    try {
      Recorded previous;
      synchronized (recent) {
        previous = recent.get(key);
      }
      Recorded written = previous == null ? create(event) : increment(previous, event);
      synchronized (recent) {
        recent.put(key, written);
      }
    } catch (KubernetesClientException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "could not record event {0} on {1} {2}/{3}: {4}",
          reason,
          object.getKind(),
          object.getMetadata().getNamespace(),
          object.getMetadata().getName(),
          e.getMessage());
    }
  }

  private Recorded create(Event event) {
    Event created =
        client
            .v1()
            .events()
            .inNamespace(event.getMetadata().getNamespace())
            .resource(event)
            .create();
    return new Recorded(
        created.getMetadata().getNamespace(), created.getMetadata().getName(), count(created));
  }

  private Recorded increment(Recorded previous, Event fresh) {
    int count = previous.count() + 1;
    String patch = "{\"count\":" + count + ",\"lastTimestamp\":\"" + factory.now() + "\"}";
    try {
      Event patched =
          client
              .v1()
              .events()
              .inNamespace(previous.namespace())
              .withName(previous.name())
              .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
      return new Recorded(previous.namespace(), previous.name(), count(patched));
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return create(fresh);
      }
      throw e;
    }
  }

  private static int count(Event event) {
    return event.getCount() == null ? 1 : event.getCount();
  }
}
