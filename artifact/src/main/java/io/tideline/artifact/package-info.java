/**
 * Artifacts: what source-controller writes and serves, and what its consumers download.
 *
 * <p>Producer side (source-controller):
 *
 * <pre>{@code
 * ArtifactStorage storage = new ArtifactStorage(Path.of("/data"),
 *     AdvertisedAddress.fromFlags(storageAdvAddr, ":9090", hostname), RetentionPolicy.DEFAULT);
 * ObjectKey key = new ObjectKey("GitRepository", ns, name);
 * try (ObjectLock lock = storage.lock(key)) {
 *   StoredArtifact artifact = storage.archive(key, commit + ".tar.gz", revision, checkout, filter);
 *   storage.symlink(artifact, "latest.tar.gz");
 *   storage.garbageCollect(key, artifact);
 * }
 * // copy artifact.path/url/revision/digest/size/lastUpdateTime into status.artifact
 * // serve: ArtifactHttpHandler (JDK HttpServer) or any server around ArtifactFileResolver
 * }</pre>
 *
 * <p>Consumer side (kustomize-, helm-controller):
 *
 * <pre>{@code
 * ArtifactFetcher fetcher = new ArtifactFetcher(httpClient, cacheDir, FetchOptions.defaults());
 * try {
 *   fetcher.fetch(artifact.getUrl(), artifact.getDigest(), workDir);
 * } catch (ArtifactNotFoundException e) {   // requeue after --requeue-dependency
 * } catch (ArtifactFetchException e) {      // report e.getMessage(), back off
 * }
 * }</pre>
 */
package io.tideline.artifact;
