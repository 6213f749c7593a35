package io.tideline.runtime.events;

/** Kubernetes event types. Flux maps Normal to severity {@code info}, Warning to {@code error}. */
public enum EventType {
  Normal,
  Warning
}
