package io.tideline.kustomize.kustomization;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.tideline.runtime.events.EventRecorder;
import io.tideline.runtime.events.EventType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventRecorder} that keeps the events, so tests can read what a user would see. */
final class RecordedEvents implements EventRecorder {

  /** One recorded event. */
  record Event(
      String object, EventType type, String reason, String message, Map<String, String> metadata) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata) {
    events.add(
        new Event(
            object.getMetadata().getNamespace() + "/" + object.getMetadata().getName(),
            type,
            reason,
            message,
            Map.copyOf(metadata)));
  }

  List<Event> all() {
    return List.copyOf(events);
  }

  List<String> messages() {
    return events.stream().map(Event::message).toList();
  }

  void clear() {
    events.clear();
  }
}
