package io.tideline.artifact;

import java.time.Instant;

/**
 * An artifact file written to storage: the values a source controller copies into {@code
 * status.artifact}.
 *
 * @param path file path relative to the storage root, {@code <kind>/<namespace>/<name>/<file>}
 * @param url where consumers download it, {@code http://<advertised host>/<path>}
 * @param revision the source-specific revision it was built from
 * @param digest digest of the file bytes
 * @param size size of the file in bytes
 * @param lastUpdateTime when the file was written
 */
public record StoredArtifact(
    String path, String url, String revision, Digest digest, long size, Instant lastUpdateTime) {

  /** The file name (last path segment). */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
