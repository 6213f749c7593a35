package io.tideline.artifact;

/**
 * An archive entry would write outside the target folder (absolute path, {@code ..}, a link that
 * escapes) or is of a forbidden type (device, fifo). Nothing of the archive should be used.
 */
public final class UnsafeArchiveException extends ArtifactFetchException {

  /**
   * @param message names the archive, the entry and the reason
   */
  public UnsafeArchiveException(String message) {
    super(message);
  }
}
