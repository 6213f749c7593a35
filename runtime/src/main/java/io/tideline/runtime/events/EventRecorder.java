package io.tideline.runtime.events;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * Records events on reconciled objects. Metadata keys are given without prefix ({@code revision},
 * {@code token}, {@code commit_status}, …); the recorder prefixes them with the object's API group
 * as Flux does ({@code source.toolkit.fluxcd.io/revision}).
 */
public interface EventRecorder {

  /**
   * Records one event.
   *
   * @param object the object the event is about
   * @param type Normal or Warning
   * @param reason PascalCase reason, usually Ready's reason
   * @param message human text; secrets in URLs are redacted before it is written
   * @param metadata unprefixed metadata keys and values
   */
  void record(
      HasMetadata object,
      EventType type,
      String reason,
      String message,
      Map<String, String> metadata);

  /** A recorder that drops everything. */
  EventRecorder NOOP = (object, type, reason, message, metadata) -> {};
}
