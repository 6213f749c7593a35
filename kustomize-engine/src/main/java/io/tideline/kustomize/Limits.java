package io.tideline.kustomize;

/**
 * Bounds that keep a crafted tree from exhausting the process.
 *
 * @param maxDepth how deeply kustomizations may nest (resources and components)
 * @param maxResources how many resources a build may hold at any time
 * @param maxFileBytes the largest file the build reads
 * @param maxTotalBytes the total bytes of all files read by one build
 */
public record Limits(int maxDepth, int maxResources, long maxFileBytes, long maxTotalBytes) {

  /** Generous defaults for a controller: depth 64, 50,000 resources, 16 MiB a file, 512 MiB. */
  public static Limits defaults() {
    return new Limits(64, 50_000, 16L << 20, 512L << 20);
  }
}
