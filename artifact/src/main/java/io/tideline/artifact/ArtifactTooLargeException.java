package io.tideline.artifact;

/** A download or an extracted archive exceeds its configured size or entry limit. */
public final class ArtifactTooLargeException extends ArtifactFetchException {

  /**
   * @param message names the artifact and the limit that was exceeded
   */
  public ArtifactTooLargeException(String message) {
    super(message);
  }
}
