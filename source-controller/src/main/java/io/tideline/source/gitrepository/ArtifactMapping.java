package io.tideline.source.gitrepository;

import io.tideline.api.meta.Artifact;
import io.tideline.artifact.Digest;
import io.tideline.artifact.ObjectKey;
import io.tideline.artifact.StoredArtifact;
import io.tideline.source.git.GitRevision;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Converts between the storage's {@link StoredArtifact} and the wire {@link Artifact}. */
final class ArtifactMapping {

  static final String KIND = "gitrepository";

  private ArtifactMapping() {}

  static ObjectKey key(String namespace, String name) {
    return new ObjectKey(KIND, namespace, name);
  }

  static Artifact toStatus(StoredArtifact stored) {
    Artifact a = new Artifact();
    a.setPath(stored.path());
    a.setUrl(stored.url());
    a.setRevision(stored.revision());
    a.setDigest(stored.digest().toString());
    a.setSize(stored.size());
    a.setLastUpdateTime(
        DateTimeFormatter.ISO_INSTANT.format(
            stored.lastUpdateTime().truncatedTo(ChronoUnit.SECONDS)));
    return a;
  }

  static StoredArtifact toStored(Artifact a) {
    return new StoredArtifact(
        a.getPath(),
        a.getUrl(),
        a.getRevision(),
        Digest.parse(a.getDigest()),
        a.getSize() == null ? 0 : a.getSize(),
        a.getLastUpdateTime() == null ? Instant.EPOCH : Instant.parse(a.getLastUpdateTime()));
  }

  /** Flux's artifact file name for a Git revision: {@code <commit>.tar.gz}. */
  static String fileName(GitRevision revision) {
    return revision.commit() + ".tar.gz";
  }
}
