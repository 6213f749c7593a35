package io.tideline.artifact;

import java.time.Duration;

/**
 * Limits and retry behaviour of the {@link ArtifactFetcher}.
 *
 * @param maxDownloadBytes a download larger than this is aborted
 * @param maxExtractedBytes total file content an archive may extract to
 * @param maxEntries number of entries an archive may hold
 * @param retries extra attempts after a connection error or 5xx answer (Flux's {@code
 *     --http-retry}, default 9)
 * @param minRetryWait wait before the first retry; doubled on each further retry
 * @param maxRetryWait upper bound of the wait between retries
 * @param requestTimeout timeout of one HTTP request, headers and body
 * @param hostOverride when set, replaces the host:port of every artifact URL (Flux's {@code
 *     SOURCE_CONTROLLER_LOCALHOST}, for running a consumer outside the cluster)
 * @param maxCachedArtifacts verified downloads kept in the digest cache; the least recently used
 *     beyond this are deleted
 */
public record FetchOptions(
    long maxDownloadBytes,
    long maxExtractedBytes,
    int maxEntries,
    int retries,
    Duration minRetryWait,
    Duration maxRetryWait,
    Duration requestTimeout,
    String hostOverride,
    int maxCachedArtifacts) {

  /** Rejects non-positive limits. */
  public FetchOptions {
    if (maxDownloadBytes <= 0 || maxExtractedBytes <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException("artifact size and entry limits must be positive");
    }
    if (retries < 0 || maxCachedArtifacts < 0) {
      throw new IllegalArgumentException("retries and cache size must be >= 0");
    }
  }

  /**
   * Flux's retry defaults (9 retries, 5s–30s waits) with Tideline's limits: 512 MiB download, 1 GiB
   * extracted, 100,000 entries, 16 cached artifacts.
   */
  public static FetchOptions defaults() {
    return new FetchOptions(
        512L << 20,
        1L << 30,
        100_000,
        9,
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        null,
        16);
  }

  /** A copy with other retry settings. */
  public FetchOptions withRetries(int retries, Duration minRetryWait, Duration maxRetryWait) {
    return new FetchOptions(
        maxDownloadBytes,
        maxExtractedBytes,
        maxEntries,
        retries,
        minRetryWait,
        maxRetryWait,
        requestTimeout,
        hostOverride,
        maxCachedArtifacts);
  }

  /** A copy with other size limits. */
  public FetchOptions withLimits(long maxDownloadBytes, long maxExtractedBytes, int maxEntries) {
    return new FetchOptions(
        maxDownloadBytes,
        maxExtractedBytes,
        maxEntries,
        retries,
        minRetryWait,
        maxRetryWait,
        requestTimeout,
        hostOverride,
        maxCachedArtifacts);
  }
}
