package io.tideline.artifact;

/**
 * Why an artifact could not be used. Each subtype tells the consumer what to do next:
 *
 * <ul>
 *   <li>{@link ArtifactNotFoundException}: the source has not served it (yet); requeue after {@code
 *       --requeue-dependency}.
 *   <li>{@link ArtifactDownloadException}: server or network error after all retries; back off.
 *   <li>{@link ArtifactTooLargeException}, {@link DigestMismatchException}, {@link
 *       UnsafeArchiveException}: the content is unusable; report and back off.
 * </ul>
 */
public abstract sealed class ArtifactFetchException extends Exception
    permits ArtifactNotFoundException,
        ArtifactDownloadException,
        ArtifactTooLargeException,
        DigestMismatchException,
        UnsafeArchiveException {

  ArtifactFetchException(String message) {
    super(message);
  }

  ArtifactFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
