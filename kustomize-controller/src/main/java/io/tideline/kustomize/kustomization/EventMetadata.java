package io.tideline.kustomize.kustomization;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unprefixed event metadata Flux attaches to Kustomization events: revision, originRevision.
 */
final class EventMetadata {

  private EventMetadata() {}

  static Map<String, String> of(KustomizationContext ctx) {
    Map<String, String> metadata = new LinkedHashMap<>();
    if (!ctx.revision().isEmpty()) {
      metadata.put("revision", ctx.revision());
    }
    ctx.originRevision().ifPresent(o -> metadata.put("originRevision", o));
    return metadata;
  }
}
