package io.tideline.artifact;

/** The download failed: an unexpected HTTP status, or server/network errors after all retries. */
public final class ArtifactDownloadException extends ArtifactFetchException {

  /**
   * @param message names the URL, the attempts and the last failure
   */
  public ArtifactDownloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
